using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Indicators as documents write them: a definition with its data source ("Liczba rodzin … – dane
/// Ośrodka …"), a reference to a municipal programme's own indicators, or, in a yearly report, a
/// measured value ("Wielkość stopy bezrobocia – 11,6%").
/// </summary>
internal static partial class IndicatorText
{
    // The name the built-in models give an indicator that points at a programme's indicators.
    public const string ProgrammePrefix = "Wskaźniki realizacji działań ujętych w: ";

    /// <summary>The indicators of one list cell or section (items marked with ➤ or •, or one per line).</summary>
    public static IEnumerable<IndicatorModel> ParseList(string content, int? reportYear, int line, Outline outline)
    {
        var text = HtmlText.Clean(content);
        string head;
        List<string> items;
        if (text.Contains('➤') || text.Contains('•'))
        {
            // ➤ marks the items when it is there; • then only marks a breakdown inside one item.
            var chunks = text.Split(text.Contains('➤') ? '➤' : '•').Select(c => c.Trim()).ToList();
            head = chunks[0];
            items = chunks.Skip(1).Where(c => c.Length > 0).ToList();
        }
        else
        {
            head = "";
            // One per line, or one per paragraph of a table cell.
            items = content.Split('\n').SelectMany(HtmlText.Paragraphs).ToList();
        }

        if (ProgrammeReference().IsMatch(head))
        {
            // "Zgodne ze wskaźnikami … ujętych w: ➤ Programie …": each programme stands for its own indicators.
            foreach (var item in items)
            {
                var programme = TrailingComma().Replace(item, "").Trim();
                yield return new IndicatorModel(ProgrammePrefix + programme, DataSource: programme);
            }

            yield break;
        }

        if (head.Length > 0)
        {
            items.Insert(0, head);
        }

        foreach (var item in items)
        {
            yield return Parse(item, reportYear, line, outline);
        }
    }

    /// <summary>One item: a definition when it names "dane …", a measurement when the document reports on a year.</summary>
    public static IndicatorModel Parse(string item, int? reportYear, int line, Outline outline)
    {
        var text = WithoutBullet(HtmlText.Clean(item));
        if (DataSource().Match(text) is { Success: true } source)
        {
            var definition = TrailingSemicolon().Replace(text, "").Trim();
            source = DataSource().Match(definition);
            return new IndicatorModel(definition[..source.Index].Trim(), DataSource: definition[source.Groups["source"].Index..].Trim());
        }

        return reportYear is { } year ? MeasuredValue.Parse(text, year, line, outline) : IndicatorDetails.Parse(text.TrimEnd(';', '.').Trim());
    }

    /// <summary>An item without the bullet or dash a list marks it with.</summary>
    public static string WithoutBullet(string item) => LeadingBullet().Replace(item, "");

    public static decimal Number(string text) =>
        decimal.Parse(text.Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Zgodne ze wskaźnikami\b.*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ProgrammeReference();

    // The separator before "dane …"; the first one, as the name itself never contains it.
    [GeneratedRegex(@"\s[–-]\s(?<source>dane\b)", RegexOptions.NonBacktracking)]
    private static partial Regex DataSource();

    [GeneratedRegex(@"^[-•➤–◦▪]\s*", RegexOptions.NonBacktracking)]
    private static partial Regex LeadingBullet();

    [GeneratedRegex(@"[;.]$", RegexOptions.NonBacktracking)]
    private static partial Regex TrailingSemicolon();

    [GeneratedRegex(@"[,.]$", RegexOptions.NonBacktracking)]
    private static partial Regex TrailingComma();
}
