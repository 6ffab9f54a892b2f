using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Import.Blocks;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// What a document says about the strategy as a whole, in its own sentences: "uchwałą nr IV/13/2014
/// Rady Miasta Krasnostaw została przyjęta Gminna Strategia … na lata 2014 - 2020", "za rok 2020",
/// or on its cover: "GMINNA STRATEGIA ROZWIĄZYWANIA PROBLEMÓW SPOŁECZNYCH … NA LATA 2021-2027".
/// </summary>
internal sealed partial record DocumentFacts(string? Title, string? Resolution, bool Adopted, int? ReportYear, (int Start, int End)? Period)
{
    // The cover comes first; a title looked for further in would be a sentence about the strategy.
    private const int CoverBlocks = 40;

    private static readonly HashSet<string> LowerWords = ["na", "lata", "w", "i", "dla", "z", "do", "oraz", "o", "a", "od", "we"];

    public static DocumentFacts Read(IReadOnlyList<DocumentBlock> blocks)
    {
        var flat = HtmlText.Clean(string.Join("\n", blocks.Select(b => b.Text)));
        var title = AdoptedTitle().Match(flat) is { Success: true } t ? t.Groups["title"].Value.Trim() : CoverTitle(blocks);
        var period = PeriodStated().Match(flat) is { Success: true } stated ? PeriodOf(stated.Value) : null;
        var resolution = ResolutionNumber().Match(flat) is { Success: true } r
            ? $"Uchwała {r.Groups["nr"].Value}{(r.Groups["organ"].Success ? " " + r.Groups["organ"].Value : "")}{(r.Groups["date"].Success ? " " + r.Groups["date"].Value.Trim() : "")}"
            : null;
        var adopted = resolution is not null && flat.Contains("przyjęt", StringComparison.OrdinalIgnoreCase);
        var year = ReportFor().Match(flat) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        return new DocumentFacts(title, resolution, adopted, year, period);
    }

    /// <summary>"… na lata 2014 - 2020", "NA LATA 2021–2027" or a bare "2022–2030" in a title gives the period.</summary>
    public static (int Start, int End)? PeriodOf(string title) =>
        PeriodPattern().Match(title) is { Success: true } p && Year(p.Groups[1].Value) is var start && Year(p.Groups[2].Value) is var end && start < end && end - start <= 20
            ? (start, end)
            : null;

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>
    /// The first short block of the cover naming the strategy in the nominative, not a resolution "w sprawie przyjęcia" it;
    /// with the period when the cover gives it on the line below ("2022-2029").
    /// </summary>
    private static string? CoverTitle(IReadOnlyList<DocumentBlock> blocks)
    {
        var cover = blocks.Take(CoverBlocks).Select(b => HtmlText.Clean(b.Kind == BlockKind.TableRow ? string.Join(" ", b.Cells ?? []) : b.Text)).ToList();
        for (var i = 0; i < cover.Count; i++)
        {
            var text = cover[i];
            if (text.Length is > 20 and < 250 && CoverStrategy().IsMatch(text) && !text.Contains("w sprawie", StringComparison.OrdinalIgnoreCase)
                && !text.StartsWith("Załącznik", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("Uchwał", StringComparison.OrdinalIgnoreCase))
            {
                var title = IsShouted(text) ? TitleCase(text) : text;
                return PeriodOf(title) is null && i + 1 < cover.Count && PeriodLine().IsMatch(cover[i + 1]) ? $"{title} {cover[i + 1].Trim()}" : title;
            }
        }

        return null;
    }

    private static bool IsShouted(string text) => text.Count(char.IsLower) * 5 < text.Count(char.IsUpper);

    // "GMINNA STRATEGIA … GMINY BRZEZINY NA LATA 2021-2027" → "Gminna Strategia … Gminy Brzeziny na lata 2021-2027".
    private static string TitleCase(string text) => string.Join(' ', text.ToLower(CultureInfo.GetCultureInfo("pl-PL")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select((w, i) => i > 0 && LowerWords.Contains(w) ? w : char.ToUpper(w[0], CultureInfo.GetCultureInfo("pl-PL")) + w[1..]));

    // The sentence stating the adoption names the strategy in the nominative, unlike a report's cover.
    [GeneratedRegex(@"został[aoy]?\s+przyjęt[aey]\s+(?<title>[^.]*\bStrategi\p{L}*\b[^.]*?)\s*\.(?:\s|$)", RegexOptions.NonBacktracking)]
    private static partial Regex AdoptedTitle();

    [GeneratedRegex(@"^(?:gminna\s+|miejska\s+|miejsko-gminna\s+)?strategia\s+rozwiązywania\s+problemów\s+społecznych", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CoverStrategy();

    // "uchwałą nr IV/13/2014 Rady Miasta Krasnostaw", "Uchwała Nr XXIV/215/2021 Rady Gminy Brzeziny z dnia 25 marca 2021 r.".
    [GeneratedRegex(@"[Uu]chwał\p{L}*\s+(?<nr>[Nn]r\.?\s+\S+)(?:\s+(?<organ>Rad[yz]\s+\p{Lu}\p{L}*(?:\s+(?:w\s+)?\p{Lu}\p{L}*)*))?(?<date>\s+z\s+dnia\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*r\.)?", RegexOptions.NonBacktracking)]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"na\s+lata\s+\d{4}\s*[-–—]\s*\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PeriodStated();

    [GeneratedRegex(@"^\s*(?:na\s+lata\s+)?\d{4}\s*[-–—]\s*\d{4}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PeriodLine();

    [GeneratedRegex(@"\bza rok (\d{4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex ReportFor();

    [GeneratedRegex(@"(?:na\s+lata\s+)?\b(\d{4})\s*[-–—]\s*(\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PeriodPattern();
}
