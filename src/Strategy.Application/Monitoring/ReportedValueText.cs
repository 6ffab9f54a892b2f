using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Spreadsheet;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Monitoring;

/// <summary>
/// A value as a person types it in a spreadsheet cell or a page's form field: the number the Polish way
/// ("1 234,5", "11,6"; "1234.5" too), and breakdown parts as "nazwa: wartość; …". Read by the entry sheet
/// and the value page only: use cases and the API take numbers (ADR 0024).
/// </summary>
public static partial class ReportedValueText
{
    public const string NotANumber = "nie jest liczbą: wpisz np. 1 234,5 albo 11,6.";

    /// <returns>The parts, or null with the reason when the text is not "nazwa: wartość; …".</returns>
    public static IReadOnlyList<MeasurementPartValue>? Parts(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var read = YearValueCell.Read(0, text, out error);
        if (read is null || read.Value is not null || read.NoData)
        {
            error ??= "Składowe wpisz jako „nazwa: wartość”, oddzielone średnikami, np. „bezrobocia: 300; ubóstwa: 331”.";
            return null;
        }

        return (read.Parts ?? []).Select(p => new MeasurementPartValue(p.Label, p.Value, p.Unit)).ToList();
    }

    /// <summary>
    /// The number as the indicator's kind makes it plain: "1.234" of a count or an amount is one thousand two hundred
    /// thirty-four (nobody counts a third of a family, nor a tenth of a grosz); of another kind it could be either, so
    /// the person is asked. Then the kind's own rules (a count is whole and not negative, …). Null with the reason.
    /// </summary>
    public static decimal? Number(string text, IndicatorKind kind, string indicatorName, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        decimal value;
        if (DotThousands().IsMatch(trimmed))
        {
            if (kind is not (IndicatorKind.Count or IndicatorKind.Money))
            {
                var whole = trimmed.Replace(".", "", StringComparison.Ordinal);
                error = $"„{trimmed}” może znaczyć {PolishNumber.Format(decimal.Parse(whole, CultureInfo.InvariantCulture))} albo {trimmed.Replace('.', ',')}: wpisz bez kropki, np. {whole} albo {trimmed.Replace('.', ',')}.";
                return null;
            }

            value = decimal.Parse(trimmed.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        else if (!PolishNumber.TryParse(trimmed, out value))
        {
            error = $"„{trimmed}” {NotANumber}";
            return null;
        }

        error = IndicatorKinds.Refusal(kind, value, indicatorName);
        return error is null ? value : null;
    }

    /// <summary>One dot before three digits and nothing else: "1.234" (with two dots, "1.234.567", they can only group thousands).</summary>
    [GeneratedRegex(@"^-?\d{1,3}\.\d{3}$", RegexOptions.NonBacktracking)]
    private static partial Regex DotThousands();
}
