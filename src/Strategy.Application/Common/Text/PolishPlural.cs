namespace Strategy.Application.Common.Text;

/// <summary>
/// Polish plural forms after CLDR: one (1 wskaźnik), few (2–4, 22–24… but not 12–14: 3 wskaźniki),
/// many (5 wskaźników, 12 wskaźników, 0 wskaźników) and other for fractions (1,5 wskaźnika).
/// </summary>
public sealed record PolishPlural(string One, string Few, string Many, string Fraction)
{
    public static readonly PolishPlural Indicator = new("wskaźnik", "wskaźniki", "wskaźników", "wskaźnika");
    public static readonly PolishPlural Element = new("element", "elementy", "elementów", "elementu");
    public static readonly PolishPlural Strategy = new("strategia", "strategie", "strategii", "strategii");
    public static readonly PolishPlural Institution = new("instytucja", "instytucje", "instytucji", "instytucji");
    public static readonly PolishPlural Municipality = new("gmina", "gminy", "gmin", "gminy");
    public static readonly PolishPlural Person = new("osoba", "osoby", "osób", "osoby");
    public static readonly PolishPlural Value = new("wartość", "wartości", "wartości", "wartości");
    public static readonly PolishPlural Task = new("zadanie", "zadania", "zadań", "zadania");

    /// <summary>After "z", "dla", "żadnego z" and a negation: "nie rozpoczęto 1 zadania", "dla 3 zadań".</summary>
    public static readonly PolishPlural TaskGenitive = new("zadania", "zadań", "zadań", "zadania");
    public static readonly PolishPlural IndicatorGenitive = new("wskaźnika", "wskaźników", "wskaźników", "wskaźnika");
    public static readonly PolishPlural Day = new("dzień", "dni", "dni", "dnia");
    public static readonly PolishPlural TaskReport = new("sprawozdanie z zadania", "sprawozdania z zadań", "sprawozdań z zadań", "sprawozdania z zadania");

    public string For(decimal count) => PolishUnits.Category(count) switch
    {
        0 => One,
        1 => Few,
        2 => Many,
        _ => Fraction,
    };

    /// <summary>The count written the Polish way, followed by the right form: "4 791 wskaźników".</summary>
    public string Count(decimal count) => PolishNumber.Format(count) + "\u00A0" + For(count);
}
