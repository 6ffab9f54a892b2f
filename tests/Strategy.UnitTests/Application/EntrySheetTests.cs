using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Spreadsheet;
using Strategy.Domain.Indicators;

namespace Strategy.UnitTests.Application;

public sealed class EntrySheetTests
{
    private static readonly ReportingTaskDto First = new(Guid.NewGuid(), "1.1", "Rodzina", "Przeciętna liczba osób w rodzinie", "osoby", IndicatorKind.Other, "OPS", null, null);
    private static readonly ReportingTaskDto Second = new(Guid.NewGuid(), "1.2", "Rodzina", "Liczba osób", null, IndicatorKind.Count, "OPS", "12", null);
    private static readonly Dictionary<Guid, ReportingTaskDto> Tasks = new() { [First.IndicatorId] = First, [Second.IndicatorId] = Second };

    [Fact]
    public void The_downloaded_sheet_has_a_row_per_indicator_with_its_id()
    {
        var sheet = EntrySheet.Build([First, Second], ReviewStatusText.Of);

        Assert.Equal("Identyfikator", sheet.Header[0]);
        Assert.Equal([First.IndicatorId.ToString(), Second.IndicatorId.ToString()], sheet.Rows.Select(r => r[0]));
        Assert.Equal("12", sheet.Rows[1][4]);
        Assert.Equal("nie zgłoszono", sheet.Rows[0][10]);
    }

    [Fact]
    public void Filled_rows_are_read_the_Polish_way_and_empty_ones_skipped()
    {
        var errors = new List<CellError>();

        var rows = EntrySheet.Read(Sheet(
            Row(First, "1 234,5", "", "", "bezrobocia: 300", "szacunek"),
            Row(Second, "", "", "", "", "")), Tasks, errors);

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal((2, First.IndicatorId, 1234.5m, "osoby", "szacunek"), (row.Number, row.IndicatorId, row.Value.Value!.Value, row.Value.Unit, row.Value.Note));
        Assert.Equal("bezrobocia", Assert.Single(row.Value.Parts).Label);
    }

    [Fact]
    public void No_data_is_tak_with_a_reason()
    {
        var errors = new List<CellError>();

        var row = Assert.Single(EntrySheet.Read(Sheet(Row(First, "", "tak", "nie prowadzimy rejestru", "", "")), Tasks, errors));

        Assert.True(row.Value.NoData);
        Assert.Equal("nie prowadzimy rejestru", row.Value.NoDataReason);
    }

    [Fact]
    public void Every_bad_row_is_named_with_its_row_and_column()
    {
        var errors = new List<CellError>();

        EntrySheet.Read(Sheet(
            Row(First, "12,3,4", "", "", "", ""),
            Row(Second, "5", "może", "", "", ""),
            [Guid.NewGuid().ToString(), "9.9", "Obcy wskaźnik", "", "", "5"],
            Row(First, "7", "", "", "", ""),
            Row(Second, "3", "tak", "", "", "")), Tasks, errors);

        Assert.Equal(
            [
                "Wartości, wiersz 2, kolumna „Wartość”: „12,3,4” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.",
                "Wartości, wiersz 3, kolumna „Brak danych”: „może”: wpisz „tak” albo zostaw puste.",
                "Wartości, wiersz 4, kolumna „Identyfikator”: Wskaźnik „Obcy wskaźnik” nie jest na Twojej liście w tej rundzie (dostarcza go inna instytucja albo pochodzi z innej strategii).",
                "Wartości, wiersz 5, kolumna „Identyfikator”: Ten wskaźnik jest już w wierszu 2.",
                "Wartości, wiersz 6, kolumna „Identyfikator”: Ten wskaźnik jest już w wierszu 3.",
            ],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_count_is_read_by_its_kind_and_no_data_needs_a_reason()
    {
        var errors = new List<CellError>();

        EntrySheet.Read(Sheet(Row(Second, "-5", "", "", "", ""), Row(First, "", "tak", "", "", "")), Tasks, errors);
        var rows = EntrySheet.Read(Sheet(Row(Second, "1.234", "", "", "", "")), Tasks, []);

        Assert.Equal(
            [
                "Wartości, wiersz 2, kolumna „Wartość”: „Liczba osób” to liczba (osób, rodzin, miejsc): nie może być ujemna.",
                "Wartości, wiersz 3, kolumna „Powód braku danych”: Napisz, dlaczego brak danych: koordynator i rada muszą to wiedzieć.",
            ],
            errors.Select(e => e.ToString()));
        Assert.Equal(1234m, Assert.Single(rows).Value.Value);
    }

    [Fact]
    public void A_sheet_with_wrong_columns_is_refused_before_its_rows()
    {
        var errors = new List<CellError>();

        var rows = EntrySheet.Read(new Sheet("Wartości", [["Identyfikator", "Liczba"], [First.IndicatorId.ToString(), "5"]]), Tasks, errors);

        Assert.Empty(rows);
        Assert.Contains(errors, e => e is { Row: 1, Column: "Liczba" });
        Assert.Contains(errors, e => e is { Row: 1, Column: "Wartość", Message: "Brak wymaganej kolumny." });
    }

    private static Sheet Sheet(params IReadOnlyList<string>[] rows) =>
        new("Wartości", [["Identyfikator", "Element", "Wskaźnik", "Jednostka", "Zatwierdzona wartość", "Wartość", "Brak danych", "Powód braku danych", "Składowe", "Uwaga", "Stan", "Wersja"], .. rows]);

    private static string[] Row(ReportingTaskDto task, string value, string noData, string reason, string parts, string note) =>
        [task.IndicatorId.ToString(), task.ElementCode, task.Indicator, task.Unit ?? "", task.ApprovedText ?? "", value, noData, reason, parts, note, "", ""];
}
