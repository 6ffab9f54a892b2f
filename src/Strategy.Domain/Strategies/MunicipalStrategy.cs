using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>
/// A gmina's strategy for solving social problems: its period, adoption resolution and the named
/// levels of its hierarchy (e.g. Obszar → Cel operacyjny → Zadanie). Nothing here assumes a fixed shape.
/// </summary>
public sealed class MunicipalStrategy : TenantOwnedEntity, IBenchmarkInput
{
    private readonly List<StrategyLevel> _levels = [];
    private readonly List<StrategyElement> _elements = [];
    private readonly List<DocumentChapter> _chapters = [];

    private MunicipalStrategy()
    {
    }

    public MunicipalStrategy(string title, int? periodStart, int? periodEnd, string? adoptionResolution, IEnumerable<string> levelNames)
    {
        Title = MunicipalStrategyText.Required(title, "Tytuł strategii jest wymagany.", TextLimits.StrategyTitle, "Tytuł strategii");
        if (periodStart is not null && periodEnd is not null && periodStart > periodEnd)
        {
            throw new DomainException($"Okres strategii jest nieprawidłowy: rok początkowy {periodStart} jest późniejszy niż końcowy {periodEnd}.");
        }

        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        AdoptionResolution = MunicipalStrategyText.Optional(adoptionResolution, TextLimits.Resolution, "Uchwała");

        var depth = 0;
        foreach (var name in levelNames)
        {
            _levels.Add(new StrategyLevel(Id, ++depth, MunicipalStrategyText.Required(name, "Nazwa poziomu strategii jest wymagana.", TextLimits.LevelName, $"Nazwa poziomu {depth}")));
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

    /// <summary>The adopted document's chapters that name parts the law requires (art. 16b ust. 2), as the import found them.</summary>
    public IReadOnlyList<DocumentChapter> Chapters => _chapters;

    /// <summary>How many chapters are kept: a strategy has a handful of the parts the law names; more is a document's every heading.</summary>
    public const int MaxChapters = 40;

    public void RecordChapters(IEnumerable<DocumentChapter> chapters)
    {
        _chapters.Clear();
        _chapters.AddRange(chapters.Take(MaxChapters));
    }

    public void Adopt() => Status = StrategyStatus.Adopted;

    /// <summary>Data are collected only for the years the strategy covers.</summary>
    public void EnsureWithinPeriod(int year)
    {
        if (year < PeriodStart || year > PeriodEnd || year is < 1990 or > 2100)
        {
            throw new DomainException(PeriodStart is null && PeriodEnd is null
                ? $"Rok {year} jest poza dopuszczalnym zakresem 1990–2100."
                : $"Rok {year} jest poza okresem strategii ({PeriodStart}–{PeriodEnd}).");
        }
    }

    public void DescribeSource(string? source) => Source = MunicipalStrategyText.Optional(source, TextLimits.Source, "Opis źródła strategii");

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

        var order = _elements.Where(e => e.ParentId == parent?.Id).Select(e => e.Order).DefaultIfEmpty(0).Max() + 1;
        var element = new StrategyElement(Id, parent?.Id, depth, order, code, title, statement, narrative);
        _elements.Add(element);
        return element;
    }

    /// <summary>
    /// Whether the element is part of the strategy as it stands: neither it nor any element above it
    /// is archived.
    /// </summary>
    public bool IsActive(StrategyElement element) => ActiveIds().Contains(element.Id);

    private HashSet<Guid> ActiveIds() => ElementActivity.ActiveIds(_elements.Select(e => (e.Id, e.ParentId, e.ArchivedAt is not null)));

    private List<StrategyElement> ActiveElements()
    {
        var ids = ActiveIds();
        return _elements.Where(e => ids.Contains(e.Id)).ToList();
    }

    /// <summary>
    /// The coordinator adds an element under an active <paramref name="parent"/> (or at the top), at
    /// the end of its siblings. Its code must differ from every active element's code.
    /// </summary>
    public StrategyElement AddNewElement(StrategyElement? parent, string code, string title, string? statement = null)
    {
        if (parent is not null && parent.StrategyId == Id && !IsActive(parent))
        {
            throw new DomainException($"Element nadrzędny {parent.Code} jest zarchiwizowany: przywróć go, zanim dodasz do niego elementy.");
        }

        EnsureCodeFree(code, except: null);
        return AddElement(parent, code, title, statement);
    }

    /// <summary>Archives the element with its subtree; its indicators and values stay and it can be restored.</summary>
    public void ArchiveElement(StrategyElement element, DateTimeOffset at)
    {
        Own(element);
        if (element.ArchivedAt is not null)
        {
            throw new DomainException($"Element {element.Code} jest już zarchiwizowany.");
        }

        element.Archive(at);
    }

    /// <summary>
    /// Brings an archived element back with its subtree, provided the element above it is active and
    /// none of the codes coming back is used by an active element in the meantime.
    /// </summary>
    public void RestoreElement(StrategyElement element)
    {
        Own(element);
        if (element.ArchivedAt is null)
        {
            throw new DomainException($"Element {element.Code} nie jest zarchiwizowany.");
        }

        if (element.ParentId is { } parentId && _elements.Single(e => e.Id == parentId) is var parent && !IsActive(parent))
        {
            throw new DomainException($"Element nadrzędny {parent.Code} jest zarchiwizowany: przywróć najpierw jego.");
        }

        var returning = ReturningWith(element).ToList();
        var active = ActiveElements();
        foreach (var back in returning)
        {
            if (active.FirstOrDefault(a => SameCode(a.Code, back.Code)) is { } taken)
            {
                throw new DomainException($"Nie można przywrócić elementu {element.Code}: kod {back.Code} ma teraz aktywny element „{taken.Title}”. Zarchiwizuj go albo zmień jego kod, a potem przywróć ten element.");
            }
        }

        element.Restore();
    }

    /// <summary>
    /// Moves an active element one place up (<paramref name="up"/>) or down among its active
    /// siblings, swapping places with the neighbour.
    /// </summary>
    public void ReorderElement(StrategyElement element, bool up)
    {
        Own(element);
        EnsureActive(element);
        var siblings = ActiveElements().Where(e => e.ParentId == element.ParentId).OrderBy(e => e.Order).ToList();
        var index = siblings.IndexOf(element);
        var neighbourIndex = up ? index - 1 : index + 1;
        if (neighbourIndex < 0 || neighbourIndex >= siblings.Count)
        {
            throw new DomainException(up ? $"Element {element.Code} jest już pierwszy na swojej liście." : $"Element {element.Code} jest już ostatni na swojej liście.");
        }

        var neighbour = siblings[neighbourIndex];
        var order = element.Order;
        element.PlaceAt(element.ParentId, neighbour.Order);
        neighbour.PlaceAt(neighbour.ParentId, order);
    }

    /// <summary>
    /// Moves an active element (with its subtree) under another active parent one level above it, to
    /// the end of its new siblings, optionally with a new code. The element keeps its level: a move that
    /// would change it is refused.
    /// </summary>
    public void MoveElement(StrategyElement element, StrategyElement? newParent, string? newCode = null)
    {
        Own(element);
        EnsureActive(element);
        var levelName = LevelName(element.Depth);
        if (newParent is null)
        {
            if (element.Depth != 1)
            {
                throw new DomainException($"Element {element.Code} jest na poziomie „{levelName}”: na najwyższy poziom może trafić tylko element poziomu „{LevelName(1)}”. Przeniesienie nie może zmienić poziomu elementu.");
            }
        }
        else
        {
            Own(newParent);
            if (newParent.Depth != element.Depth - 1)
            {
                throw new DomainException(element.Depth == 1
                    ? $"Element {element.Code} jest na najwyższym poziomie („{levelName}”) i nie może trafić pod inny element: przeniesienie nie może zmienić poziomu elementu."
                    : $"Element {element.Code} (poziom „{levelName}”) może trafić tylko pod element poziomu „{LevelName(element.Depth - 1)}”, a {newParent.Code} jest na poziomie „{LevelName(newParent.Depth)}”: przeniesienie nie może zmienić poziomu elementu.");
            }

            if (!IsActive(newParent))
            {
                throw new DomainException($"Element {newParent.Code} jest zarchiwizowany: nie można pod niego przenosić.");
            }
        }

        if (newParent?.Id == element.ParentId)
        {
            throw new DomainException(newParent is null ? $"Element {element.Code} już jest na najwyższym poziomie." : $"Element {element.Code} już jest pod elementem {newParent.Code}.");
        }

        if (!string.IsNullOrWhiteSpace(newCode) && !SameCode(newCode, element.Code))
        {
            EnsureCodeFree(newCode, except: element);
            element.Recode(newCode);
        }

        var oldParentId = element.ParentId;
        var oldOrder = element.Order;
        var order = _elements.Where(e => e.ParentId == newParent?.Id).Select(e => e.Order).DefaultIfEmpty(0).Max() + 1;
        element.PlaceAt(newParent?.Id, order);
        foreach (var later in _elements.Where(e => e.ParentId == oldParentId && e.Order > oldOrder))
        {
            later.PlaceAt(oldParentId, later.Order - 1);
        }
    }

    private string LevelName(int depth) => _levels.FirstOrDefault(l => l.Depth == depth)?.Name ?? $"poziom {depth}";

    private void EnsureActive(StrategyElement element)
    {
        if (!IsActive(element))
        {
            throw new DomainException($"Element {element.Code} jest zarchiwizowany: przywróć go, zanim zmienisz jego miejsce.");
        }
    }

    private IEnumerable<StrategyElement> ReturningWith(StrategyElement element) =>
        _elements.Where(c => c.ParentId == element.Id && c.ArchivedAt is null).SelectMany(ReturningWith).Prepend(element);

    private void EnsureCodeFree(string code, StrategyElement? except)
    {
        if (ActiveElements().FirstOrDefault(e => e != except && SameCode(e.Code, code)) is { } taken)
        {
            throw new DomainException($"Kod {code.Trim()} ma już element „{taken.Title}”: kod musi być niepowtarzalny wśród aktywnych elementów strategii.");
        }
    }

    private static bool SameCode(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private void Own(StrategyElement element)
    {
        if (element.StrategyId != Id || !_elements.Contains(element))
        {
            throw new DomainException("Element należy do innej strategii.");
        }
    }
}
