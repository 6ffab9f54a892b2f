using System.Globalization;
using Strategy.Application.Common.Text;
using Strategy.Domain.Common;

namespace Strategy.Web.Formatting;

/// <summary>
/// Numbers (see <see cref="PolishNumber.Format(decimal)"/>) and dates the way Polish official
/// documents write them: dd.MM.yyyy.
/// </summary>
public static class PolishFormat
{
    public static string Number(decimal value) => PolishNumber.Format(value);

    public static string Number(decimal value, string? unit) => PolishNumber.Format(value, unit);

    public static string Money(decimal value) => PolishNumber.Money(value);

    /// <summary>A computed number (a median, a value per 1,000) rounded for reading: at most two decimals.</summary>
    public static string Rounded(decimal value) => PolishNumber.Format(Math.Round(value, 2, MidpointRounding.AwayFromZero));

    /// <summary>The day of a moment in Poland, as Polish documents write it: 05.03.2021.</summary>
    public static string Date(DateTimeOffset moment) => Date(PolishTime.Day(moment));

    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in Polish time with minutes: 05.03.2021 14:07.</summary>
    public static string DateTime(DateTimeOffset moment) => PolishTime.Local(moment).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2014–2020", or a plain statement that the document gives no period.</summary>
    public static string Period(int? start, int? end) => (start, end) switch
    {
        (null, null) => "nie podano",
        ({ } s, null) => $"od {s}",
        (null, { } e) => $"do {e}",
        ({ } s, { } e) => $"{s}–{e}",
    };
}
