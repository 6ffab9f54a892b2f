namespace Strategy.Application.Strategies.Import;

/// <summary>What a column of a strategy's table holds, or what a labelled row or paragraph gives its element.</summary>
internal enum Role { Goal, Task, Indicators, Implementers, Coordinators, Partners, TimeFrame, Funding, Cost, Unit, Source, Baseline, Target }

/// <summary>
/// The usual names of columns and labels, in any order: "Cel operacyjny"; "Zadania" / "Działania" /
/// "Kierunki działań"; "Wskaźniki" / "Mierniki"; "Realizatorzy" / "Instytucje odpowiedzialne" /
/// "Jednostki odpowiedzialne"; "Koordynator"; "Partnerzy"; "Termin" / "Okres realizacji"; "Źródła
/// finansowania"; "Szacunkowe koszty"; and in an indicator table "Jednostka miary", "Źródło danych",
/// "Wartość bazowa", "Wartość docelowa". Longer names are tried first, so "Jednostki odpowiedzialne"
/// is not a unit and "Źródła finansowania" not a data source.
/// </summary>
internal static class ColumnRoles
{
    private static readonly (string Name, Role Role)[] Names =
    [
        ("instytucje odpowiedzialne", Role.Implementers), ("jednostki odpowiedzialne", Role.Implementers), ("jednostka odpowiedzialna", Role.Implementers),
        ("podmioty odpowiedzialne", Role.Implementers), ("podmiot odpowiedzialny", Role.Implementers), ("jednostki realizujące", Role.Implementers),
        ("realizatorzy", Role.Implementers), ("realizator", Role.Implementers), ("odpowiedzialni", Role.Implementers),
        ("koordynator", Role.Coordinators), ("partnerzy", Role.Partners), ("partner", Role.Partners),
        ("źródła finansowania", Role.Funding), ("źródło finansowania", Role.Funding), ("finansowanie", Role.Funding),
        ("szacunkowe koszty", Role.Cost), ("szacunkowy koszt", Role.Cost), ("koszt", Role.Cost),
        ("termin realizacji", Role.TimeFrame), ("okres realizacji", Role.TimeFrame), ("termin", Role.TimeFrame), ("harmonogram", Role.TimeFrame),
        ("wartość bazowa", Role.Baseline), ("bazowa", Role.Baseline), ("wartość docelowa", Role.Target), ("docelowa", Role.Target),
        ("jednostka miary", Role.Unit), ("jednostka", Role.Unit), ("źródło danych", Role.Source), ("źródło informacji", Role.Source), ("źródło weryfikacji", Role.Source),
        ("wskaźniki", Role.Indicators), ("wskaźnik", Role.Indicators), ("mierniki", Role.Indicators), ("miernik", Role.Indicators),
        ("cele operacyjne", Role.Goal), ("cel operacyjny", Role.Goal), ("cele szczegółowe", Role.Goal), ("cel szczegółowy", Role.Goal), ("cel", Role.Goal),
        ("kierunki działań", Role.Task), ("kierunek działań", Role.Task), ("zadania", Role.Task), ("zadanie", Role.Task), ("działania", Role.Task), ("działanie", Role.Task),
    ];

    /// <summary>A column caption or label: the name, then nothing but a colon, a year in parentheses or a few more words.</summary>
    public static Role? Of(string caption)
    {
        var text = caption.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        if (text.Length == 0 || text.Length > 60)
        {
            return null;
        }

        // A caption in a narrow column of a PDF may come with its words run together ("Jednostkamiary"): compared without spaces too.
        var squeezed = text.Replace(" ", "", StringComparison.Ordinal);
        foreach (var (name, role) in Names)
        {
            if (Captions(text, name) || Captions(squeezed, name.Replace(" ", "", StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return null;
    }

    private static bool Captions(string text, string name) =>
        text == name || (text.StartsWith(name, StringComparison.Ordinal) && text.Length > name.Length && !char.IsLetter(text[name.Length]));

    /// <summary>The roles of a table's header row, when it is one: two captions or more that name a role, one of them structural.</summary>
    public static IReadOnlyList<Role?>? Header(IReadOnlyList<string> cells)
    {
        var roles = cells.Select(c => Of(HtmlText.Clean(c))).ToList();
        var named = roles.Count(r => r is not null);
        return named >= 2 && named * 2 >= cells.Count && roles.Any(r => r is Role.Goal or Role.Task or Role.Indicators) ? roles : null;
    }

    /// <summary>How the preview names a role it recognised.</summary>
    public static string Describe(Role role) => role switch
    {
        Role.Goal => "cele",
        Role.Task => "zadania",
        Role.Indicators => "wskaźniki",
        Role.Implementers => "realizatorów",
        Role.Coordinators => "koordynatorów",
        Role.Partners => "partnerów",
        Role.TimeFrame => "termin realizacji",
        Role.Funding => "źródła finansowania",
        Role.Cost => "szacunkowe koszty",
        Role.Unit => "jednostkę miary",
        Role.Source => "źródło danych",
        Role.Baseline => "wartość bazową",
        _ => "wartość docelową",
    };
}
