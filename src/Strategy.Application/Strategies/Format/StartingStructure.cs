namespace Strategy.Application.Strategies.Format;

/// <summary>
/// A built-in model as another gmina's start: the levels, the elements' codes, titles and goal statements, and the
/// indicators' names and units — a draft titled for the new gmina. Nothing of the gmina the model came from: no
/// narrative, institutions, data sources, funding, values, period or resolution, and its place names taken out.
/// </summary>
public static class StartingStructure
{
    /// <param name="gminaName">"Gmina Wadowice", "Miasto Krasnystaw": the new gmina as its office is named.</param>
    /// <param name="placeNames">The model's own place names with what stands in their place ("w Chrzanowie" → "").</param>
    public static StrategyModel For(StrategyModel model, string gminaName, IReadOnlyList<(string Find, string Replace)> placeNames) => new(
        model.FormatVersion,
        $"Strategia Rozwiązywania Problemów Społecznych {Genitive(gminaName)}",
        model.Levels,
        model.Elements.Select(e => Element(e, placeNames)).ToList(),
        Status: "draft",
        Source: "Struktura z modelu wbudowanego w platformę: poziomy, cele, zadania i nazwy wskaźników do przyjęcia albo zmiany przez gminę.");

    private static ElementModel Element(ElementModel e, IReadOnlyList<(string Find, string Replace)> placeNames) => new(
        e.Code,
        Neutral(e.Title, placeNames),
        e.Statement is null ? null : Neutral(e.Statement, placeNames),
        Indicators: e.Indicators?.Select(i => new IndicatorModel(Neutral(i.Name, placeNames), i.Unit, Direction: i.Direction)).ToList(),
        Children: e.Children?.Select(c => Element(c, placeNames)).ToList());

    private static string Neutral(string text, IReadOnlyList<(string Find, string Replace)> placeNames) =>
        placeNames.Aggregate(text, (t, p) => t.Replace(p.Find, p.Replace, StringComparison.Ordinal));

    /// <summary>"Gmina Wadowice" → "Gminy Wadowice", "Miasto Krasnystaw" → "Miasta Krasnystaw".</summary>
    private static string Genitive(string gminaName) =>
        gminaName.StartsWith("Gmina ", StringComparison.Ordinal) ? "Gminy " + gminaName[6..]
        : gminaName.StartsWith("Miasto ", StringComparison.Ordinal) ? "Miasta " + gminaName[7..]
        : gminaName;
}
