using System.Globalization;
using System.Text.RegularExpressions;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// What a document says about the strategy as a whole, in its own sentences: "uchwałą nr IV/13/2014
/// Rady Miasta Krasnostaw została przyjęta Gminna Strategia … na lata 2014 - 2020", "za rok 2020".
/// </summary>
internal sealed partial record DocumentFacts(string? Title, string? Resolution, bool Adopted, int? ReportYear)
{
    public static DocumentFacts Read(string text)
    {
        var flat = HtmlText.Clean(text);
        var title = AdoptedTitle().Match(flat) is { Success: true } t ? t.Groups["title"].Value.Trim() : null;
        var resolution = ResolutionNumber().Match(flat) is { Success: true } r
            ? $"Uchwała {r.Groups["nr"].Value}{(r.Groups["organ"].Success ? " " + r.Groups["organ"].Value : "")}"
            : null;
        var adopted = resolution is not null && flat.Contains("przyjęt", StringComparison.OrdinalIgnoreCase);
        var year = ReportFor().Match(flat) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        return new DocumentFacts(title, resolution, adopted, year);
    }

    /// <summary>"… na lata 2014 - 2020" in a title gives the period.</summary>
    public static (int Start, int End)? PeriodOf(string title) =>
        Period().Match(title) is { Success: true } p
            ? (int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(p.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    // The sentence stating the adoption names the strategy in the nominative, unlike a report's cover.
    [GeneratedRegex(@"został[aoy]?\s+przyjęt[aey]\s+(?<title>[^.]*\bStrategi\p{L}*\b[^.]*?)\s*\.(?:\s|$)", RegexOptions.NonBacktracking)]
    private static partial Regex AdoptedTitle();

    // "uchwałą nr IV/13/2014 Rady Miasta Krasnostaw": the number, then the council's capitalised name.
    [GeneratedRegex(@"[Uu]chwał\p{L}*\s+(?<nr>[Nn]r\.?\s+\S+)(?:\s+(?<organ>Rad[yz]\s+\p{Lu}\p{L}*(?:\s+(?:w\s+)?\p{Lu}\p{L}*)*))?", RegexOptions.NonBacktracking)]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"\bza rok (\d{4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex ReportFor();

    [GeneratedRegex(@"na lata (\d{4})\s*[-–]\s*(\d{4})", RegexOptions.NonBacktracking)]
    private static partial Regex Period();
}
