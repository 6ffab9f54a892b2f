using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Spreadsheet;

/// <summary>
/// One year's value of an indicator in one cell, as a person would write it: <c>836</c>,
/// <c>11,6 %</c>, <c>brak danych</c> or <c>brak danych: powód</c>, and a breakdown after semicolons —
/// <c>4791 osoby; udział w ogóle mieszkańców: 25,51 %</c> or <c>bezrobocia: 300; ubóstwa: 331</c>.
/// </summary>
public static partial class YearValueCell
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static object Write(MeasurementModel m)
    {
        if (m.NoData)
        {
            return m.NoDataReason is { Length: > 0 } reason ? $"brak danych: {reason}" : "brak danych";
        }

        if (m.Value is { } plain && m.Unit is null && (m.Parts ?? []).Count == 0)
        {
            return plain;
        }

        var segments = new List<string>();
        if (m.Value is { } value)
        {
            segments.Add(WithUnit(value, m.Unit));
        }

        segments.AddRange((m.Parts ?? []).Select(p => $"{p.Label}: {WithUnit(p.Value, p.Unit)}"));
        return string.Join("; ", segments);
    }

    /// <returns>The measurement, or null with <paramref name="error"/> saying what is wrong with the text.</returns>
    public static MeasurementModel? Read(int year, string text, out string? error)
    {
        error = null;
        if (NoData().Match(text) is { Success: true } noData)
        {
            var reason = noData.Groups["reason"].Value.Trim();
            return new MeasurementModel(year, NoData: true, NoDataReason: reason.Length > 0 ? reason : null);
        }

        decimal? total = null;
        string? totalUnit = null;
        var parts = new List<PartModel>();
        var segments = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var part = Part().Match(segments[i]);
            var (number, unit) = Number(part.Success ? part.Groups["value"].Value : segments[i]);
            if (number is null)
            {
                error = $"„{segments[i]}” nie jest liczbą (np. 1 234,5 lub 11,6 %) ani „brak danych”.";
                return null;
            }

            if (part.Success)
            {
                parts.Add(new PartModel(part.Groups["label"].Value.Trim(), number.Value, unit));
            }
            else if (i == 0)
            {
                (total, totalUnit) = (number, unit);
            }
            else
            {
                error = $"„{segments[i]}”: po średniku podaj składnik z nazwą, np. „ubóstwa: 331”.";
                return null;
            }
        }

        return new MeasurementModel(year, total, totalUnit, Parts: parts.Count > 0 ? parts : null);
    }

    private static (decimal? Number, string? Unit) Number(string text)
    {
        var match = NumberWithUnit().Match(text.Trim());
        if (!match.Success || !PolishNumber.TryParse(match.Groups["n"].Value, out var value))
        {
            return (null, null);
        }

        var unit = match.Groups["unit"].Value.Trim();
        return (value, unit.Length > 0 ? unit : null);
    }

    private static string WithUnit(decimal value, string? unit) =>
        value.ToString("0.############################", Polish) + (unit is null ? "" : " " + unit);

    [GeneratedRegex(@"^brak danych(?:\s*[:–-]\s*(?<reason>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoData();

    [GeneratedRegex(@"^(?<label>[^:]*\p{L}[^:]*):\s*(?<value>.+)$", RegexOptions.NonBacktracking)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<n>[-−]?\d[\d \u00a0\u202f.,]*?)\s*(?<unit>%|\p{L}.*)?$", RegexOptions.NonBacktracking)]
    private static partial Regex NumberWithUnit();
}
