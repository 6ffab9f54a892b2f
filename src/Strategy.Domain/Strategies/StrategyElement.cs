using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Domain.Strategies;

/// <summary>
/// A node of a strategy's tree: an area, a goal, a task — whatever the strategy's level at
/// <see cref="Depth"/> is called. The code is kept as the document writes it ("1.1.5", or "2").
/// </summary>
public sealed class StrategyElement : TenantOwnedEntity
{
    private readonly List<ElementInstitution> _institutions = [];
    private readonly List<Indicator> _indicators = [];

    private StrategyElement()
    {
    }

    internal StrategyElement(Guid strategyId, Guid? parentId, int depth, int order, string code, string title, string? statement, string? narrative)
    {
        StrategyId = strategyId;
        ParentId = parentId;
        Depth = depth;
        Order = order;
        Code = MunicipalStrategyText.Required(code, "Kod elementu jest wymagany.");
        Title = MunicipalStrategyText.Required(title, $"Element {code} musi mieć tytuł.");
        Statement = MunicipalStrategyText.Optional(statement);
        Narrative = MunicipalStrategyText.Optional(narrative);
    }

    public Guid StrategyId { get; private set; }

    public Guid? ParentId { get; private set; }

    public int Depth { get; private set; }

    /// <summary>Position among its siblings, from 1.</summary>
    public int Order { get; private set; }

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The goal statement, e.g. the strategic goal an area carries.</summary>
    public string? Statement { get; private set; }

    /// <summary>The narrative ("strategia postępowania").</summary>
    public string? Narrative { get; private set; }

    public IReadOnlyList<ElementInstitution> Institutions => _institutions;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public void LinkInstitution(Institution institution, InstitutionRole role)
    {
        if (_institutions.Any(l => l.InstitutionId == institution.Id && l.Role == role))
        {
            return; // the same body listed twice in one column of the source document counts once
        }

        _institutions.Add(new ElementInstitution(Id, institution.Id, role, _institutions.Count(l => l.Role == role) + 1));
    }

    public Indicator AddIndicator(string name, string? unit, string? dataSource, Institution? supplier = null, IndicatorDirection direction = IndicatorDirection.Unspecified)
    {
        var indicator = new Indicator(Id, _indicators.Count + 1, name, unit, dataSource, supplier?.Id, direction);
        _indicators.Add(indicator);
        return indicator;
    }
}
