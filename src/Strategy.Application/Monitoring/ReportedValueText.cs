using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Spreadsheet;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Monitoring;

/// <summary>
/// A value as a person types it in a form or a spreadsheet cell: the number the Polish way
/// ("1 234,5", "11,6"; "1234.5" too), and breakdown parts as "nazwa: wartość; …".
/// </summary>
public static class ReportedValueText
{
    public const string NotANumber = "nie jest liczbą: wpisz np. 1 234,5 albo 11,6.";

    public static bool IsNumber(string? text) => string.IsNullOrWhiteSpace(text) || PolishNumber.TryParse(text, out _);

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

    /// <summary>The value to record; the caller has validated the texts.</summary>
    public static MeasurementValue ToValue(string? value, string? unit, bool noData, string? noDataReason, string? note, string? parts)
    {
        decimal? number = !noData && PolishNumber.TryParse(value, out var n) ? n : null;
        return new MeasurementValue(number, number is null ? null : unit, noData, noDataReason, note, noData ? [] : Parts(parts, out _));
    }
}
