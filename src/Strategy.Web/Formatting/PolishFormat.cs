using System.Globalization;

namespace Strategy.Web.Formatting;

/// <summary>
/// Numbers and dates the way Polish official documents write them: decimal comma, a non-breaking
/// space between thousands even in four-digit numbers ("4 791"), a non-breaking space before a unit
/// ("11,6 %"), and dates as dd.MM.yyyy. Fixed here rather than taken from the culture, whose patterns vary with the ICU
/// version (pl-PL groups only from five digits, and its separator differs between versions).
/// </summary>
public static class PolishFormat
{
    private const char Nbsp = '\u00A0';

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = Nbsp.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Number(decimal value) => value.ToString("#,##0.####", Numbers);

    public static string Number(decimal value, string? unit) =>
        string.IsNullOrEmpty(unit) ? Number(value) : Number(value) + Nbsp + unit;

    /// <summary>A date as Polish documents write it: 05.03.2021.</summary>
    public static string Date(DateTimeOffset moment) => moment.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in UTC with minutes: 05.03.2021 14:07.</summary>
    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset moment) => moment.ToUniversalTime().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2014–2020", or a plain statement that the document gives no period.</summary>
    public static string Period(int? start, int? end) => (start, end) switch
    {
        (null, null) => "nie podano",
        ({ } s, null) => $"od {s}",
        (null, { } e) => $"do {e}",
        ({ } s, { } e) => $"{s}–{e}",
    };
}
