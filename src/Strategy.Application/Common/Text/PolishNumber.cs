using System.Globalization;
using System.Text.RegularExpressions;

namespace Strategy.Application.Common.Text;

/// <summary>
/// Reads a number typed the way people in a Polish office type it: a comma for decimals and spaces
/// (or dots) between thousands — <c>1 234,5</c>, <c>1.234,5</c>, <c>11,6</c> — and also the
/// <c>1234.5</c> a spreadsheet or another program writes.
/// </summary>
public static partial class PolishNumber
{
    private const char Nbsp = '\u00A0';

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = Nbsp.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>
    /// A number the way Polish official documents write it: decimal comma, a non-breaking space between
    /// thousands even in four-digit numbers ("4 791"). Fixed here rather than taken from the culture,
    /// whose patterns vary with the ICU version (pl-PL groups only from five digits).
    /// </summary>
    public static string Format(decimal value) => value.ToString("#,##0.####", Numbers);

    /// <summary>Money as a Polish document writes it, with grosze always: "98 450,20 zł".</summary>
    public static string Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", Numbers) + Nbsp + "zł";

    /// <summary>With its unit after a non-breaking space, a noun declined by the number: "11,6 %", "4 791 osób".</summary>
    public static string Format(decimal value, string? unit) =>
        string.IsNullOrEmpty(unit) ? Format(value) : Format(value) + Nbsp + PolishUnits.For(value, unit);

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = WithoutGroupingSpaces(text.Trim()).Replace('\u2212', '-'); // a typographic minus, as Word writes it
        if (s.Contains(','))
        {
            // With a decimal comma, dots can only group thousands, and only digits follow the comma.
            var halves = s.Split(',');
            if (halves.Length != 2 || !DotGrouped().IsMatch(halves[0]) || !halves[1].All(char.IsAsciiDigit))
            {
                return false;
            }

            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (s.Count(c => c == '.') > 1)
        {
            if (!DotGrouped().IsMatch(s))
            {
                return false;
            }

            s = s.Replace(".", "", StringComparison.Ordinal);
        }

        return Plain().IsMatch(s) && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Spaces, no-break spaces and narrow no-break spaces between a digit and three more group thousands.</summary>
    private static string WithoutGroupingSpaces(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var grouping = text[i] is ' ' or '\u00a0' or '\u202f'
                && i > 0 && char.IsAsciiDigit(text[i - 1])
                && i + 3 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]);
            if (!grouping)
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*$|^-?\d+$", RegexOptions.NonBacktracking)]
    private static partial Regex DotGrouped();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$", RegexOptions.NonBacktracking)]
    private static partial Regex Plain();
}
