using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// A reported value: "Nazwa – wartość". The value is read in the shapes the reports use: a number
/// with an optional unit ("11,6%", "4 791 osoby"), a breakdown ("• bezrobocia - 300, • ubóstwa - 331"),
/// a second number ("64, w tym liczba kontraktów 64"; "4 791 osoby, 25,51%"), a qualifier in brackets
/// ("331 rodziny (635 osób w rodzinach)"), "brak danych", or words instead of a number.
/// </summary>
internal static partial class MeasuredValue
{
    // Polish numbers: comma for decimals, space between thousands.
    private const string Num = @"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?";
    private const string Unit = @"%|\p{L}+";

    public static IndicatorModel Parse(string text, int year, int line, Outline outline)
    {
        if (Breakdown().Match(text) is { Success: true } breakdown)
        {
            var parts = breakdown.Groups["items"].Value.Split('•')
                .Select(p => p.Trim().TrimEnd(',', '.', ';').Trim())
                .Where(p => p.Length > 0)
                .Select(p => BreakdownItem().Match(p))
                .ToList();
            if (parts.All(p => p.Success))
            {
                var labelled = parts.Select(p => new PartModel(p.Groups["label"].Value.Trim(), IndicatorText.Number(p.Groups["v"].Value))).ToList();
                return new IndicatorModel(breakdown.Groups["name"].Value.Trim(), Measurements: [new MeasurementModel(year, Parts: labelled)]);
            }
        }

        // The value follows the last dash that is followed by a number (names may contain dashes themselves).
        var separators = Separator().Matches(text).ToList();
        if (separators.Count == 0)
        {
            outline.Warn(line, $"Wskaźnik „{text}” nie ma wartości za rok {year}.");
            return new IndicatorModel(text.TrimEnd('.').Trim());
        }

        var separator = separators.LastOrDefault(s => ValueLike().IsMatch(text[(s.Index + s.Length)..])) ?? separators[^1];
        var name = text[..separator.Index].Trim();
        var value = text[(separator.Index + separator.Length)..].Trim().TrimEnd('.').Trim();
        var measurement = Read(name, value, year, line, outline);
        return new IndicatorModel(name, measurement.Unit, Measurements: [measurement]);
    }

    private static MeasurementModel Read(string name, string value, int year, int line, Outline outline)
    {
        if (NoData().IsMatch(value))
        {
            return new MeasurementModel(year, NoData: true);
        }

        if (Single().Match(value) is { Success: true } single)
        {
            return new MeasurementModel(year, IndicatorText.Number(single.Groups["v"].Value), UnitOf(single));
        }

        if (Including().Match(value) is { Success: true } including)
        {
            var part = new PartModel(including.Groups["label"].Value, IndicatorText.Number(including.Groups["pv"].Value), NullIfEmpty(including.Groups["pu"].Value));
            return new MeasurementModel(year, IndicatorText.Number(including.Groups["v"].Value), UnitOf(including), Parts: [part]);
        }

        if (Qualified().Match(value) is { Success: true } qualified)
        {
            // The bracket qualifies the value, so the whole wording is kept as a note too.
            var part = new PartModel(qualified.Groups["label"].Value.Trim(), IndicatorText.Number(qualified.Groups["pv"].Value));
            return new MeasurementModel(year, IndicatorText.Number(qualified.Groups["v"].Value), UnitOf(qualified), Note: value, Parts: [part]);
        }

        if (Pair().Match(value) is { Success: true } pair && SecondMeasure(name) is { } label)
        {
            var part = new PartModel(label, IndicatorText.Number(pair.Groups["pv"].Value), NullIfEmpty(pair.Groups["pu"].Value));
            return new MeasurementModel(year, IndicatorText.Number(pair.Groups["v"].Value), UnitOf(pair), Parts: [part]);
        }

        if (!value.Any(char.IsDigit))
        {
            // "zajęcia zawieszono z powodu pandemii": no value this year, and the reason is worth keeping.
            return new MeasurementModel(year, NoData: true, Note: value);
        }

        outline.Warn(line, $"Nie rozpoznano wartości wskaźnika „{name}”: „{value}”; zapisano ją jako uwagę.");
        return new MeasurementModel(year, NoData: true, Note: value);
    }

    // "Liczba osób … i ich udział w ogóle mieszkańców" measures two things; the second names the second number.
    private static string? SecondMeasure(string name)
    {
        foreach (var joint in new[] { " i ich ", " oraz ich ", " oraz ", " i " })
        {
            var at = name.LastIndexOf(joint, StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[(at + joint.Length)..].Trim();
            }
        }

        return null;
    }

    private static string? UnitOf(Match m) => NullIfEmpty(m.Groups["u"].Value);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^(?<name>[^:•]+):\s*(?<items>•.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex Breakdown();

    [GeneratedRegex(@"^(?<label>.+?)\s+[–-]\s+(?<v>" + Num + ")$", RegexOptions.NonBacktracking)]
    private static partial Regex BreakdownItem();

    [GeneratedRegex(@"\s[–-]\s", RegexOptions.NonBacktracking)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:\d|brak danych)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ValueLike();

    [GeneratedRegex(@"^brak danych$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoData();

    [GeneratedRegex("^(?<v>" + Num + @")\s*(?<u>" + Unit + ")?$", RegexOptions.NonBacktracking)]
    private static partial Regex Single();

    [GeneratedRegex("^(?<v>" + Num + @")\s*(?<u>" + Unit + @")?,\s*w tym\s+(?<label>.+?)\s+(?<pv>" + Num + @")\s*(?<pu>" + Unit + ")?$", RegexOptions.NonBacktracking)]
    private static partial Regex Including();

    [GeneratedRegex("^(?<v>" + Num + @")\s*(?<u>" + Unit + @")?\s*\((?<pv>" + Num + @")\s*(?<label>[^)]+)\)$", RegexOptions.NonBacktracking)]
    private static partial Regex Qualified();

    [GeneratedRegex("^(?<v>" + Num + @")\s*(?<u>" + Unit + @")?,\s*(?<pv>" + Num + @")\s*(?<pu>" + Unit + ")?$", RegexOptions.NonBacktracking)]
    private static partial Regex Pair();
}
