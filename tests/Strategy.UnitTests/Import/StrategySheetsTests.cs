using Strategy.Application.Common.Files;
using System.Globalization;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Spreadsheet;
using Strategy.Infrastructure.Seeding;
using Strategy.UnitTests.Seeding;

namespace Strategy.UnitTests.Import;

public sealed class StrategySheetsTests
{
    [Theory]
    [InlineData(BuiltInModels.Chrzanow)]
    [InlineData(BuiltInModels.Krasnystaw)]
    public void A_built_in_model_survives_the_spreadsheet_form_except_notes_on_values(string name)
    {
        var model = BuiltInModels.Default.Load(name);

        var sheets = StrategySheets.Of(model).Select(AsRead).ToList();

        var errors = Record.Exception(() => StrategySheetReader.Read(sheets, title: null)) as SpreadsheetException;
        Assert.True(errors is null, string.Join("\n", errors?.Errors.Take(10) ?? []));
        var (read, warnings) = StrategySheetReader.Read(sheets, title: null);
        Assert.Empty(warnings);
        Assert.Equal(StrategyModelJson.Write(WithoutNotes(model)), StrategyModelJson.Write(read with { Source = model.Source }));
    }

    [Fact]
    public void Funding_and_time_frame_survive_the_spreadsheet_form()
    {
        var model = new StrategyModel(1, "Strategia testowa", ["Cel strategiczny", "Cel operacyjny"],
        [
            new ElementModel("1", "Rodzina", Funding: "budżet gminy, środki EFS+", Children:
            [
                new ElementModel("1.1", "Asystent rodziny", Funding: "budżet państwa", TimeFrame: "2022–2027"),
            ]),
        ]);

        var (read, _) = StrategySheetReader.Read(StrategySheets.Of(model).Select(AsRead).ToList(), title: null);

        Assert.Equal(StrategyModelJson.Write(model with { Status = null }), StrategyModelJson.Write(read with { Status = null }));
        Assert.Equal("budżet gminy, środki EFS+", read.Elements[0].Funding);
        Assert.Equal(("budżet państwa", "2022–2027"), (read.Elements[0].Children![0].Funding, read.Elements[0].Children![0].TimeFrame));
    }

    [Fact]
    public void The_template_has_the_three_sheets_with_their_columns_and_no_rows()
    {
        var template = StrategySheets.Template();

        Assert.Equal([StrategySheets.StrategySheet, StrategySheets.ElementsSheet, StrategySheets.IndicatorsSheet], template.Select(s => s.Name));
        Assert.Equal(["Kod", "Poziom", "Tytuł", "Cel", "Opis", "Koordynatorzy", "Partnerzy", "Realizatorzy", "Źródła finansowania", "Termin realizacji", "Numer w dokumencie"], template[1].Header);
        Assert.Equal("Kod elementu", template[2].Header[0]);
        Assert.Empty(template[1].Rows);
        Assert.Empty(template[2].Rows);
    }

    [Fact]
    public void The_hierarchy_and_level_names_come_from_dotted_codes_and_the_level_column()
    {
        var (read, _) = StrategySheetReader.Read(
        [
            Sheet("Elementy", ["Kod", "Poziom", "Tytuł", "Realizatorzy"],
                ["1", "Cel strategiczny", "Rodzina", "MOPS; Poradnia   Psychologiczno-Pedagogiczna"],
                ["1.1", "Cel operacyjny", "Wsparcie rodzin", ""],
                ["1.2", "", "Piecza zastępcza", "PCPR\nMOPS"],
                ["2", "", "Seniorzy", ""]),
        ], title: "Strategia testowa");

        Assert.Equal("Strategia testowa", read.Title);
        Assert.Equal(["Cel strategiczny", "Cel operacyjny"], read.Levels);
        Assert.Equal(["1", "2"], read.Elements.Select(e => e.Code));
        Assert.Equal(["1.1", "1.2"], read.Elements[0].Children!.Select(e => e.Code));
        Assert.Equal(["MOPS", "Poradnia Psychologiczno-Pedagogiczna"], read.Elements[0].Implementers);
        Assert.Equal(["PCPR", "MOPS"], read.Elements[0].Children![1].Implementers);
    }

    [Fact]
    public void Wrong_columns_are_named_before_any_row_is_read()
    {
        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read(
        [
            Sheet("Elementy", ["Kod", "Nazwa elementu"], ["1", "Rodzina"]),
        ], title: "T"));

        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 1, Column: "Nazwa elementu" } && x.Message.StartsWith("Nieznana kolumna", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 1, Column: "Tytuł", Message: "Brak wymaganej kolumny." });
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_row_and_column()
    {
        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read(
        [
            Sheet("Strategia", ["Pole", "Wartość"], ["Tytuł", "Strategia"], ["Początek okresu", "2021"], ["Koniec okresu", "2027"], ["Kolor", "zielony"]),
            Sheet("Elementy", ["Kod", "Poziom", "Tytuł"],
                ["1", "Obszar", "Rodzina"],
                ["1", "Obszar", "Rodzina jeszcze raz"],
                ["2.1", "Cel", "Bez rodzica"],
                ["1.1", "Cel", ""],
                ["1.2", "Zadanie", "Inna nazwa poziomu"],
                ["1 .3", "Cel", "Zły kod"]),
            Sheet("Wskaźniki", ["Kod elementu", "Nazwa", "Kierunek", "2021", "2030"],
                ["1", "Liczba rodzin", "w górę", "12,3,4", ""],
                ["9", "Liczba osób", "", "5", "7"]),
        ], title: null));

        Assert.Contains(e.Errors, x => x is { Sheet: "Strategia", Row: 5, Column: "Pole" });
        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 3, Column: "Kod" } && x.Message.Contains("wierszu 2", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 4, Column: "Kod", Message: "Brak elementu nadrzędnego 2 wyżej w arkuszu." });
        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 6, Column: "Poziom" } && x.Message.Contains("„Cel”", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x is { Sheet: "Elementy", Row: 7, Column: "Kod" });
        Assert.Contains(e.Errors, x => x is { Sheet: "Wskaźniki", Row: 2, Column: "Kierunek" });
        Assert.Contains(e.Errors, x => x is { Sheet: "Wskaźniki", Row: 2, Column: "2021" } && x.Message.Contains("„12,3,4” nie jest liczbą", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x is { Sheet: "Wskaźniki", Row: 3, Column: "Kod elementu", Message: "W arkuszu „Elementy” nie ma elementu 9." });
        Assert.Contains(e.Errors, x => x is { Sheet: "Wskaźniki", Row: 3, Column: "2030", Message: "Rok 2030 jest poza okresem strategii (2021–2027)." });
        Assert.Equal(9, e.Errors.Count);
    }

    [Fact]
    public void A_file_without_the_elements_sheet_names_the_sheets_it_has()
    {
        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read([Sheet("Arkusz1", ["a"])], title: "T"));

        Assert.Equal("Brak arkusza „Elementy” (arkusze w pliku: Arkusz1).", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Without_a_title_in_the_sheet_or_the_form_the_import_asks_for_one()
    {
        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read([Sheet("Elementy", ["Kod", "Tytuł"], ["1", "Rodzina"])], title: " "));

        Assert.Equal("Podaj tytuł strategii (w arkuszu albo w formularzu importu).", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Csv_parts_keep_the_line_numbers_of_the_file()
    {
        var csv = "Pole;Wartość\r\nTytuł;Strategia\r\n\r\nKod;Tytuł\r\n1;Rodzina\r\n1.1;\r\n\r\nKod elementu;Nazwa;2024\r\n1;Liczba rodzin;abc\r\n";

        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read(CsvSheets.Read(csv, StrategySheets.CsvParts, FileLimits.SignedIn), title: null));

        Assert.Equal("Wskaźniki, wiersz 9, kolumna „2024”: „abc” nie jest liczbą (np. 1 234,5 lub 11,6 %) ani „brak danych”.", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void A_value_under_no_header_is_an_error_not_dropped()
    {
        var csv = "Kod;Tytuł;Realizatorzy\r\n1;Rodzina;MOPS; PCPR\r\n1.1;Wsparcie;\"MOPS; PCPR\"\r\n";

        var e = Assert.Throws<SpreadsheetException>(() => StrategySheetReader.Read(CsvSheets.Read(csv, StrategySheets.CsvParts, FileLimits.SignedIn), title: "T"));

        Assert.Equal("Elementy, wiersz 2, kolumna „D”: Wartość „PCPR” stoi w kolumnie bez nagłówka. W pliku CSV średnik oddziela kolumny: listę instytucji ujmij w cudzysłów.", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void An_element_without_a_title_is_a_warning_with_its_row_to_correct_in_the_preview()
    {
        var (read, warnings) = StrategySheetReader.Read(CsvSheets.Read("Kod;Tytuł\r\n1;Rodzina\r\n1.1;\r\n", StrategySheets.CsvParts, FileLimits.SignedIn), title: "T");

        Assert.Equal("", read.Elements[0].Children![0].Title);
        Assert.Equal("Elementy, wiersz 3, kolumna „Tytuł”: Element 1.1 nie ma tytułu.", Assert.Single(warnings).ToString());
    }

    [Theory]
    [InlineData("836", 836, null)]
    [InlineData("1 234,5", 1234.5, null)]
    [InlineData("11,6 %", 11.6, "%")]
    [InlineData("11,6%", 11.6, "%")]
    [InlineData("4 791 osoby", 4791, "osoby")]
    public void A_year_cell_reads_a_value_with_its_unit(string text, double value, string? unit)
    {
        var m = YearValueCell.Read(2020, text, out var error);

        Assert.Null(error);
        Assert.Equal((decimal)value, m!.Value);
        Assert.Equal(unit, m.Unit);
    }

    [Fact]
    public void A_year_cell_reads_no_data_with_a_reason_and_breakdowns()
    {
        Assert.Equal(new MeasurementModel(2020, NoData: true, NoDataReason: "zajęcia zawieszone"), YearValueCell.Read(2020, "Brak danych: zajęcia zawieszone", out _));

        var parts = YearValueCell.Read(2020, "bezrobocia: 300; ubóstwa: 331", out _)!;
        Assert.Null(parts.Value);
        Assert.Equal([new PartModel("bezrobocia", 300), new PartModel("ubóstwa", 331)], parts.Parts!);

        var both = YearValueCell.Read(2020, "4791 osoby; udział w ogóle mieszkańców: 25,51 %", out _)!;
        Assert.Equal(4791, both.Value);
        Assert.Equal(new PartModel("udział w ogóle mieszkańców", 25.51m, "%"), Assert.Single(both.Parts!));
    }

    [Theory]
    [InlineData("dużo")]
    [InlineData("12; 13")]
    [InlineData("1,2,3")]
    public void A_year_cell_that_is_not_a_value_says_why(string text)
    {
        Assert.Null(YearValueCell.Read(2020, text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    /// <summary>What the reader gets back from a written sheet: text, numbers the Polish way.</summary>
    private static Sheet AsRead(SheetContent content) =>
        new(content.Name, [content.Header, .. content.Rows.Select(r => r.Select(Text).ToList())]);

    private static string Text(object? cell) => cell switch
    {
        null => "",
        decimal d => d.ToString("0.############################", CultureInfo.GetCultureInfo("pl-PL")),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => (string)cell,
    };

    private static Sheet Sheet(string name, string[] header, params string[][] rows) => new(name, [header, .. rows]);

    private static StrategyModel WithoutNotes(StrategyModel model)
    {
        IReadOnlyList<ElementModel>? Strip(IReadOnlyList<ElementModel>? elements) => elements?.Select(e => e with
        {
            Indicators = e.Indicators?.Select(i => i with { Measurements = i.Measurements?.Select(m => m with { Note = null }).ToList() }).ToList(),
            Children = Strip(e.Children),
        }).ToList();

        return model with { Elements = Strip(model.Elements)! };
    }
}
