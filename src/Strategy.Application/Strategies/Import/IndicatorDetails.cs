using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// An indicator as a strategy defines it, with what the text states about it: "Liczba rodzin objętych
/// wsparciem asystenta (rodziny) – źródło: MOPS; wartość bazowa (2020): 312; docelowa (2027): 250".
/// The unit is a short parenthesis closing the name, or "jednostka: …"; the source follows "źródło"
/// (or "źródło danych"); baseline and target carry their year in parentheses or after the word.
/// </summary>
internal static partial class IndicatorDetails
{
    /// <summary>
    /// Indicators listed in one line, "liczba procedur (procedury); liczba uczestników (osoby)": a
    /// segment after a semicolon that is not a detail ("źródło: …", "wartość bazowa …") starts the next.
    /// </summary>
    public static IEnumerable<string> Split(string text)
    {
        var current = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Count > 0 && !Labelled().IsMatch(part))
            {
                yield return string.Join("; ", current);
                current.Clear();
            }

            current.Add(part);
        }

        if (current.Count > 0)
        {
            yield return string.Join("; ", current);
        }
    }

    public static IndicatorModel Parse(string text)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var name = parts.Count == 0 ? text : parts[0];
        string? unit = null, source = null;
        YearValueModel? baseline = null, target = null;

        // The name's own segment may carry the source after a dash: "Liczba porad – źródło: MOPS".
        if (SourceAfterDash().Match(name) is { Success: true } dash)
        {
            parts.Insert(1, name[(dash.Index + dash.Length - dash.Groups["label"].Length)..]);
            name = name[..dash.Index];
        }

        foreach (var part in parts.Skip(1))
        {
            if (Labelled().Match(part) is not { Success: true } m)
            {
                continue;
            }

            var value = m.Groups["value"].Value.Trim().TrimEnd('.');
            switch (m.Groups["label"].Value.ToLowerInvariant())
            {
                case var l when l.StartsWith("źródło", StringComparison.Ordinal):
                    source = value;
                    break;
                case var l when l.StartsWith("jednostka", StringComparison.Ordinal):
                    unit = value;
                    break;
                case var l when l.Contains("bazow", StringComparison.Ordinal):
                    baseline = YearValue(m, value);
                    break;
                case var l when l.Contains("docelow", StringComparison.Ordinal):
                    target = YearValue(m, value);
                    break;
            }
        }

        name = name.Trim().TrimEnd('.', ',').Trim();
        if (unit is null && UnitInParentheses().Match(name) is { Success: true } u)
        {
            unit = u.Groups["unit"].Value.Trim();
            name = name[..u.Index].Trim();
        }

        return new IndicatorModel(name, Unit: unit, DataSource: source, Baseline: baseline, Target: target);
    }

    public static YearValueModel? YearValue(int? year, string value) =>
        year is { } y && Number().Match(value) is { Success: true } n && decimal.TryParse(n.Value.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? new YearValueModel(y, v)
            : null;

    private static YearValueModel? YearValue(Match m, string value) =>
        YearValue(m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null, value);

    [GeneratedRegex(@"\s[–—-]\s+(?<label>źródło)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SourceAfterDash();

    // "źródło danych: GUS", "wartość bazowa (2020): 312", "docelowa 2027: 250", "jednostka: osoby".
    [GeneratedRegex(@"^(?<label>źródło(?: danych)?|jednostka(?: miary)?|(?:wartość\s+)?bazowa|(?:wartość\s+)?docelowa)\s*(?:\(?\s*(?<year>\d{4})\s*\)?)?\s*[:=–-]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Labelled();

    // A closing "(osoby)", "(%)", "[zł]" of at most 20 characters, no digits: a unit, not a remark.
    [GeneratedRegex(@"\s*[\(\[](?<unit>[^\d\(\)\[\]]{1,20})[\)\]]$", RegexOptions.NonBacktracking)]
    private static partial Regex UnitInParentheses();

    [GeneratedRegex(@"-?\d[\d ]*(?:[.,]\d+)?", RegexOptions.NonBacktracking)]
    private static partial Regex Number();
}
