using System.Text;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Documents;
using Strategy.Testing.Layouts;

namespace Strategy.UnitTests.Import;

/// <summary>A gmina's own spreadsheet, not the template: its table read by column names, as a document's table is.</summary>
public sealed class OwnSpreadsheetTests
{
    private static readonly string[] Header = ["Cel operacyjny", "Zadania", "Wskaźniki", "Realizatorzy", "Termin realizacji"];

    private static readonly string[][] Rows =
    [
        ["1.1. Wsparcie rodzin w kryzysie", "1.1.1. Praca socjalna z rodzinami", "Liczba rodzin objętych pracą socjalną", "Ośrodek Pomocy Społecznej", "2022–2028"],
        ["", "1.1.2. Poradnictwo rodzinne", "Liczba porad", "Ośrodek Pomocy Społecznej, Poradnia Rodzinna", "corocznie"],
        ["1.2. Aktywni seniorzy", "1.2.1. Klub Seniora", "Liczba uczestników Klubu", "Gminny Ośrodek Kultury", "2023–2028"],
    ];

    private static readonly string[] Expected =
    [
        "1.1 Wsparcie rodzin w kryzysie",
        "  1.1.1 Praca socjalna z rodzinami",
        "    realizatorzy: Ośrodek Pomocy Społecznej",
        "    termin: 2022–2028",
        "    wskaźnik: Liczba rodzin objętych pracą socjalną",
        "  1.1.2 Poradnictwo rodzinne",
        "    realizatorzy: Ośrodek Pomocy Społecznej; Poradnia Rodzinna",
        "    termin: corocznie",
        "    wskaźnik: Liczba porad",
        "1.2 Aktywni seniorzy",
        "  1.2.1 Klub Seniora",
        "    realizatorzy: Gminny Ośrodek Kultury",
        "    termin: 2023–2028",
        "    wskaźnik: Liczba uczestników Klubu",
    ];

    [Fact]
    public void A_workbook_of_the_gminas_own_is_read_by_its_column_names()
    {
        var xlsx = new XlsxFiles().Write([new SheetContent("Plan działań", Header, [.. Rows.Select(r => (IReadOnlyList<object?>)[.. r])])]);

        var (model, warnings, guesses) = ImportScorecard.Reader().Read("plan.xlsx", xlsx, "Strategia Gminy Lipno", FileLimits.SignedIn);

        Assert.Equal(Expected, ImportScorecard.Outline(model).SkipWhile(l => !l.StartsWith("1.1 ", StringComparison.Ordinal)));
        Assert.Empty(warnings);
        Assert.Contains("Kolumnę „Zadania” uznano za zadania.", guesses);
    }

    [Fact]
    public void A_csv_of_the_gminas_own_is_read_the_same()
    {
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Header }.Concat(Rows).Select(r => string.Join(';', r.Select(c => $"\"{c}\"")))));

        var (model, _, _) = ImportScorecard.Reader().Read("plan.csv", csv, "Strategia Gminy Lipno", FileLimits.SignedIn);

        Assert.Equal(Expected, ImportScorecard.Outline(model).SkipWhile(l => !l.StartsWith("1.1 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_spreadsheet_with_no_recognisable_table_is_refused_with_the_template_offered()
    {
        var csv = "Imię;Nazwisko\r\nJan;Kowalski\r\n"u8.ToArray();

        var error = Assert.Throws<DomainException>(() => ImportScorecard.Reader().Read("lista.csv", csv, null, FileLimits.SignedIn));

        Assert.StartsWith("Nie rozpoznano struktury strategii", error.Message);
        Assert.Contains("szablonu arkusza", error.Message);
    }
}
