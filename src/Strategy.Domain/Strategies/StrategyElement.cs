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
        Code = MunicipalStrategyText.Required(code, "Kod elementu jest wymagany.", TextLimits.ElementCode, $"Kod elementu „{code}”");
        Title = MunicipalStrategyText.Required(title, $"Element {code} musi mieć tytuł.", TextLimits.ElementTitle, $"Tytuł elementu {code}");
        Statement = MunicipalStrategyText.Optional(statement, TextLimits.Statement, $"Cel elementu {code}");
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

    /// <summary>Where the money comes from, as the strategy says it ("budżet gminy, środki EFS+").</summary>
    public string? Funding { get; private set; }

    /// <summary>When it is to be done, as the strategy says it ("2021–2027", "corocznie").</summary>
    public string? TimeFrame { get; private set; }

    /// <summary>
    /// When the coordinator archived the element: it and its subtree leave the strategy's views, but
    /// its indicators, values and history stay, and it can be restored. Nothing is deleted.
    /// </summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    public IReadOnlyList<ElementInstitution> Institutions => _institutions;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <summary>What the element says: its title, goal statement and narrative. The code and place in the tree stay.</summary>
    public void Describe(string title, string? statement, string? narrative)
    {
        Title = MunicipalStrategyText.Required(title, $"Element {Code} musi mieć tytuł.", TextLimits.ElementTitle, $"Tytuł elementu {Code}");
        Statement = MunicipalStrategyText.Optional(statement, TextLimits.Statement, $"Cel elementu {Code}");
        Narrative = MunicipalStrategyText.Optional(narrative);
    }

    /// <summary>The element's plan beside its goal: funding sources and time frame, in the strategy's words.</summary>
    public void Plan(string? funding, string? timeFrame)
    {
        Funding = MunicipalStrategyText.Optional(funding, TextLimits.Funding, $"Źródła finansowania elementu {Code}");
        TimeFrame = MunicipalStrategyText.Optional(timeFrame, TextLimits.TimeFrame, $"Termin realizacji elementu {Code}");
    }

    internal void Archive(DateTimeOffset at) => ArchivedAt = at;

    internal void Restore() => ArchivedAt = null;

    internal void Recode(string code) =>
        Code = MunicipalStrategyText.Required(code, "Kod elementu jest wymagany.", TextLimits.ElementCode, $"Kod elementu „{code}”");

    internal void PlaceAt(Guid? parentId, int order)
    {
        ParentId = parentId;
        Order = order;
    }

    public void LinkInstitution(Institution institution, InstitutionRole role)
    {
        if (_institutions.Any(l => l.InstitutionId == institution.Id && l.Role == role))
        {
            return; // the same body listed twice in one column of the source document counts once
        }

        _institutions.Add(new ElementInstitution(Id, institution.Id, role, _institutions.Count(l => l.Role == role) + 1));
    }

    /// <summary>Takes the institution off the element in that role (every role when none is given); returns whether it was there.</summary>
    public bool UnlinkInstitution(Guid institutionId, InstitutionRole? role) =>
        _institutions.RemoveAll(l => l.InstitutionId == institutionId && (role is null || l.Role == role)) > 0;

    public Indicator AddIndicator(string name, string? unit, string? dataSource, Institution? supplier = null, IndicatorDirection direction = IndicatorDirection.Unspecified)
    {
        var indicator = new Indicator(Id, _indicators.Count + 1, name, unit, dataSource, supplier?.Id, direction);
        _indicators.Add(indicator);
        return indicator;
    }
}
