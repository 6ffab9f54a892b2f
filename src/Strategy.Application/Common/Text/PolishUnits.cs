namespace Strategy.Application.Common.Text;

/// <summary>
/// A unit that is a noun follows its number as Polish grammar asks — "1 osoba", "3 osoby", "4 791 osób", "2,5 osoby" —
/// whichever form the strategy wrote it in. Units that are not nouns ("%", "zł", "‰") stay as they are.
/// </summary>
public static class PolishUnits
{
    /// <summary>one, few (2–4 but not 12–14), many, and the form after a fraction.</summary>
    private static readonly string[][] Nouns =
    [
        ["osoba", "osoby", "osób", "osoby"],
        ["rodzina", "rodziny", "rodzin", "rodziny"],
        ["dziecko", "dzieci", "dzieci", "dziecka"],
        ["miejsce", "miejsca", "miejsc", "miejsca"],
        ["gospodarstwo", "gospodarstwa", "gospodarstw", "gospodarstwa"],
        ["uczestnik", "uczestnicy", "uczestników", "uczestnika"],
        ["uczeń", "uczniowie", "uczniów", "ucznia"],
        ["senior", "seniorzy", "seniorów", "seniora"],
        ["wolontariusz", "wolontariusze", "wolontariuszy", "wolontariusza"],
        ["spotkanie", "spotkania", "spotkań", "spotkania"],
        ["szkolenie", "szkolenia", "szkoleń", "szkolenia"],
        ["świadczenie", "świadczenia", "świadczeń", "świadczenia"],
        ["porada", "porady", "porad", "porady"],
        ["interwencja", "interwencje", "interwencji", "interwencji"],
        ["decyzja", "decyzje", "decyzji", "decyzji"],
        ["wniosek", "wnioski", "wniosków", "wniosku"],
        ["placówka", "placówki", "placówek", "placówki"],
        ["projekt", "projekty", "projektów", "projektu"],
        ["program", "programy", "programów", "programu"],
        ["inicjatywa", "inicjatywy", "inicjatyw", "inicjatywy"],
        ["akcja", "akcje", "akcji", "akcji"],
        ["zdarzenie", "zdarzenia", "zdarzeń", "zdarzenia"],
        ["mieszkanie", "mieszkania", "mieszkań", "mieszkania"],
        ["lokal", "lokale", "lokali", "lokalu"],
    ];

    private static readonly Dictionary<string, string[]> ByForm = Nouns
        .SelectMany(forms => forms.Distinct().Select(form => (form, forms)))
        .ToDictionary(x => x.form, x => x.forms, StringComparer.Ordinal);

    /// <summary>The unit in the form its count needs; a unit of several words or one not known here is returned as written.</summary>
    public static string For(decimal count, string unit) =>
        ByForm.TryGetValue(unit.Trim(), out var forms) ? forms[Category(count)] : unit;

    /// <summary>CLDR's Polish plural category as an index: 0 one, 1 few, 2 many, 3 a fraction.</summary>
    public static int Category(decimal count)
    {
        if (count != decimal.Truncate(count))
        {
            return 3;
        }

        var n = decimal.ToInt64(decimal.Truncate(Math.Abs(count)));
        if (n == 1)
        {
            return 0;
        }

        var lastDigit = n % 10;
        var lastTwo = n % 100;
        return lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? 1 : 2;
    }
}
