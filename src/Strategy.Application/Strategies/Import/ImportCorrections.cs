using Strategy.Application.Strategies.Format;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// What a person changed in the preview before committing: the strategy's own data, the level names,
/// element titles, levels and parents, elements left out (with everything under them), indicators
/// and institutions. Elements are named by their position in the tree as read
/// (the preview's `Position`), as codes may repeat in a document being
/// imported; positions stay the same whatever is moved. Nothing given means nothing changed.
/// </summary>
/// <param name="ElementLevels">Position → the level (from 1) the element belongs on. It goes under the nearest element above it one level up, its subtree with it.</param>
/// <param name="Parents">Position → the position of the element it goes under, −1 for the top level. A level given in <paramref name="ElementLevels"/> that differs from where this puts it wins.</param>
/// <param name="Indicators">"position-index" (the indicator's index on its element as read, from 0) → its corrected name, unit and source.</param>
/// <param name="Institutions">An institution's name as read → its corrected name; an empty name drops it from every element.</param>
public sealed record ImportCorrections(
    string? Title = null,
    int? PeriodStart = null,
    int? PeriodEnd = null,
    string? AdoptionResolution = null,
    bool? Adopted = null,
    IReadOnlyList<string>? Levels = null,
    IReadOnlyDictionary<int, string>? ElementTitles = null,
    IReadOnlyCollection<int>? Excluded = null,
    IReadOnlyDictionary<int, int>? ElementLevels = null,
    IReadOnlyDictionary<int, int>? Parents = null,
    IReadOnlyDictionary<string, IndicatorCorrection>? Indicators = null,
    IReadOnlyDictionary<string, string>? Institutions = null)
{
    public const int TopLevel = -1;

    public static string IndicatorKey(int position, int index) => $"{position}-{index}";

    public StrategyModel Apply(StrategyModel model) => Arrange(model).Model;

    /// <summary>The corrected tree, left-out elements still in it (marked), and the model it makes without them.</summary>
    public ImportTree Arrange(StrategyModel model)
    {
        var tree = ImportTree.Arrange(model, this);
        var depth = tree.Depth;
        var levels = Levels is { } names && names.Count == model.Levels.Count
            ? names.Select((n, i) => string.IsNullOrWhiteSpace(n) ? model.Levels[i] : n.Trim()).ToList()
            : [.. model.Levels];

        // An element moved a level deeper than the document went: the level is new, to be named in the preview.
        // (A file whose tree is deeper than its own levels stays an error of the file.)
        while (levels.Count < depth && depth > tree.ReadDepth)
        {
            levels.Add($"Poziom {levels.Count + 1}");
        }

        return tree with
        {
            Model = model with
            {
                Title = string.IsNullOrWhiteSpace(Title) ? model.Title : Title.Trim(),
                PeriodStart = PeriodStart ?? model.PeriodStart,
                PeriodEnd = PeriodEnd ?? model.PeriodEnd,
                AdoptionResolution = AdoptionResolution is null ? model.AdoptionResolution : Blank(AdoptionResolution),
                Status = Adopted switch { true => "adopted", false => null, null => model.Status },
                Levels = levels,
                Elements = tree.Model.Elements,
            },
        };
    }

    /// <summary>The element as corrected, its children aside: title, indicators, institutions.</summary>
    internal ElementModel Correct(int position, ElementModel element) => element with
    {
        Title = ElementTitles?.GetValueOrDefault(position)?.Trim() ?? element.Title,
        Coordinators = Renamed(element.Coordinators),
        Partners = Renamed(element.Partners),
        Implementers = Renamed(element.Implementers),
        Indicators = element.Indicators is null ? null : [.. element.Indicators.Select((i, index) => Correct(position, element, index, i)).OfType<IndicatorModel>()],
        Children = null,
    };

    /// <summary>The indicator with its corrected name, unit, source and supplier, whether it is left out or not.</summary>
    public IndicatorModel Shown(int position, int index, IndicatorModel indicator)
    {
        var supplier = indicator.Supplier is null ? null : Renamed(indicator.Supplier);
        return Indicators?.GetValueOrDefault(IndicatorKey(position, index)) is { } correction
            ? indicator with
            {
                Name = correction.Name?.Trim() ?? indicator.Name,
                Unit = correction.Unit is null ? indicator.Unit : Blank(correction.Unit),
                DataSource = correction.DataSource is null ? indicator.DataSource : Blank(correction.DataSource),
                Supplier = supplier,
            }
            : indicator with { Supplier = supplier };
    }

    public bool IsExcluded(int position, int index) => Indicators?.GetValueOrDefault(IndicatorKey(position, index))?.Excluded == true;

    /// <summary>The institution's name after the corrections; null when dropped.</summary>
    public string? Renamed(string name) =>
        Institutions?.TryGetValue(name, out var corrected) == true ? Blank(corrected) : name;

    private IndicatorModel? Correct(int position, ElementModel element, int index, IndicatorModel indicator)
    {
        if (IsExcluded(position, index))
        {
            return null;
        }

        var shown = Shown(position, index, indicator);
        return string.IsNullOrWhiteSpace(shown.Name)
            ? throw new DomainException($"Wskaźnik {index + 1} elementu {element.Code} musi mieć nazwę; aby go nie importować, zaznacz „Pomiń”.")
            : shown;
    }

    private IReadOnlyList<string>? Renamed(IReadOnlyList<string>? names) =>
        names is null || Institutions is null ? names : [.. names.Select(Renamed).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An indicator as the person corrected it in the preview: null leaves a field as read, an empty unit or source clears it.</summary>
public sealed record IndicatorCorrection(string? Name = null, string? Unit = null, string? DataSource = null, bool Excluded = false);
