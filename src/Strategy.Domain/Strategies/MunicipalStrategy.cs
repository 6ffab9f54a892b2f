using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>
/// A gmina's strategy for solving social problems: its period, adoption resolution and the named
/// levels of its hierarchy (e.g. Obszar → Cel operacyjny → Zadanie). Nothing here assumes a fixed shape.
/// </summary>
public sealed class MunicipalStrategy : TenantOwnedEntity
{
    private readonly List<StrategyLevel> _levels = [];
    private readonly List<StrategyElement> _elements = [];

    private MunicipalStrategy()
    {
    }

    public MunicipalStrategy(string title, int? periodStart, int? periodEnd, string? adoptionResolution, IEnumerable<string> levelNames)
    {
        Title = MunicipalStrategyText.Required(title, "Tytuł strategii jest wymagany.");
        if (periodStart is not null && periodEnd is not null && periodStart > periodEnd)
        {
            throw new DomainException($"Okres strategii jest nieprawidłowy: rok początkowy {periodStart} jest późniejszy niż końcowy {periodEnd}.");
        }

        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        AdoptionResolution = MunicipalStrategyText.Optional(adoptionResolution);

        var depth = 0;
        foreach (var name in levelNames)
        {
            _levels.Add(new StrategyLevel(Id, ++depth, MunicipalStrategyText.Required(name, "Nazwa poziomu strategii jest wymagana.")));
        }

        if (_levels.Count == 0)
        {
            throw new DomainException("Strategia musi mieć co najmniej jeden nazwany poziom.");
        }
    }

    public string Title { get; private set; } = "";

    public int? PeriodStart { get; private set; }

    public int? PeriodEnd { get; private set; }

    public string? AdoptionResolution { get; private set; }

    /// <summary>Where the strategy came from (the document it reproduces, an import), for provenance.</summary>
    public string? Source { get; private set; }

    public StrategyStatus Status { get; private set; }

    public IReadOnlyList<StrategyLevel> Levels => _levels;

    public IReadOnlyList<StrategyElement> Elements => _elements;

    public void Adopt() => Status = StrategyStatus.Adopted;

    public void DescribeSource(string? source) => Source = MunicipalStrategyText.Optional(source);

    /// <summary>Adds an element under <paramref name="parent"/> (or at the top), one level below it.</summary>
    public StrategyElement AddElement(StrategyElement? parent, string code, string title, string? statement = null, string? narrative = null)
    {
        var depth = parent is null ? 1 : parent.Depth + 1;
        if (parent is not null && parent.StrategyId != Id)
        {
            throw new DomainException("Element nadrzędny należy do innej strategii.");
        }

        if (depth > _levels.Count)
        {
            throw new DomainException($"Strategia ma {_levels.Count} poziomy; nie można dodać elementu na poziomie {depth}.");
        }

        var order = _elements.Count(e => e.ParentId == parent?.Id) + 1;
        var element = new StrategyElement(Id, parent?.Id, depth, order, code, title, statement, narrative);
        _elements.Add(element);
        return element;
    }
}
