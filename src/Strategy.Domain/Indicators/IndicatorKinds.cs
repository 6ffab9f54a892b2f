using System.Globalization;

namespace Strategy.Domain.Indicators;

/// <summary>
/// The kind an indicator most likely is, from its unit or, without one, from how its name begins
/// ("Liczba rodzin…" is a count, "Odsetek…" a percentage); and the rules a value of each kind keeps.
/// </summary>
public static class IndicatorKinds
{
    private static readonly string[] CountUnits = ["osob", "osób", "os.", "rodzin", "szt", "liczba", "dzieci", "gospodarstw", "miejsc", "placówek", "zdarzeń", "spotkań", "szkoleń", "porad", "interwencji", "projektów", "programów", "decyzji", "świadczeń", "uczestników", "wniosków"];

    public static IndicatorKind Infer(string name, string? unit)
    {
        var u = (unit ?? "").Trim().ToLower(CultureInfo.GetCultureInfo("pl-PL"));
        if (u.Length > 0)
        {
            if (u.Contains('%') || u.StartsWith("proc", StringComparison.Ordinal))
            {
                return IndicatorKind.Percentage;
            }

            if (u.Contains('‰') || u.Contains("na 1", StringComparison.Ordinal) || u.Contains("na 10", StringComparison.Ordinal))
            {
                return IndicatorKind.Rate;
            }

            if (u is "zł" or "pln" || u.Contains("zł", StringComparison.Ordinal) || u.Contains("pln", StringComparison.Ordinal))
            {
                return IndicatorKind.Money;
            }

            if (CountUnits.Any(c => u.StartsWith(c, StringComparison.Ordinal)))
            {
                return IndicatorKind.Count;
            }
        }

        var n = name.Trim().ToLower(CultureInfo.GetCultureInfo("pl-PL"));
        return n switch
        {
            // "Liczba uczniów" in "uczniowie": a unit not in the list does not make a count anything else.
            _ when n.StartsWith("liczba", StringComparison.Ordinal) || n.StartsWith("ilość", StringComparison.Ordinal) => IndicatorKind.Count,
            _ when u.Length > 0 => IndicatorKind.Other,
            _ when n.StartsWith("odsetek", StringComparison.Ordinal) || n.StartsWith("udział", StringComparison.Ordinal) || n.StartsWith("procent", StringComparison.Ordinal) => IndicatorKind.Percentage,
            _ when n.StartsWith("kwota", StringComparison.Ordinal) || n.StartsWith("wysokość", StringComparison.Ordinal) || n.StartsWith("wydatki", StringComparison.Ordinal) || n.StartsWith("koszt", StringComparison.Ordinal) => IndicatorKind.Money,
            _ when n.Contains("na 1000", StringComparison.Ordinal) || n.Contains("na 1 000", StringComparison.Ordinal) || n.Contains("na 10 tys", StringComparison.Ordinal) => IndicatorKind.Rate,
            _ => IndicatorKind.Other,
        };
    }

    /// <summary>Why the value cannot be one of this kind, in Polish, or null when it can.</summary>
    public static string? Refusal(IndicatorKind kind, decimal value, string indicatorName) => kind switch
    {
        IndicatorKind.Count when value < 0 => $"„{indicatorName}” to liczba (osób, rodzin, miejsc): nie może być ujemna.",
        IndicatorKind.Count when value != decimal.Truncate(value) => $"„{indicatorName}” to liczba (osób, rodzin, miejsc): musi być całkowita, bez części po przecinku.",
        IndicatorKind.Percentage or IndicatorKind.Rate when value < 0 => $"„{indicatorName}” to {Of(kind)}: nie może być ujemny.",
        IndicatorKind.Money when value < 0 => $"„{indicatorName}” to kwota: nie może być ujemna.",
        IndicatorKind.Money when value != decimal.Round(value, 2) => $"„{indicatorName}” to kwota w złotych: najwyżej dwa miejsca po przecinku (grosze).",
        _ => null,
    };

    /// <summary>The kind as the coordinator reads it in a form or on a page.</summary>
    public static string Of(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => "liczba",
        IndicatorKind.Percentage => "odsetek (%)",
        IndicatorKind.Rate => "wskaźnik na 1000 mieszkańców",
        IndicatorKind.Money => "kwota (zł)",
        _ => "inny",
    };
}
