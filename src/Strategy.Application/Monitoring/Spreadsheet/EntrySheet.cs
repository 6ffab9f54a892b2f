using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Spreadsheet;

/// <summary>
/// A partner's to-do list of a round as a spreadsheet: one row per indicator, pre-filled with what
/// is known, to fill in and upload. The first column identifies the indicator and the last the
/// version of what was reported, so an upload never overwrites a change made after the download.
/// </summary>
public static class EntrySheet
{
    public const string SheetName = "Wartości";
    public const string Id = "Identyfikator", Element = "Element", Indicator = "Wskaźnik", Unit = "Jednostka", Approved = "Zatwierdzona wartość",
        Value = "Wartość", NoData = "Brak danych", Reason = "Powód braku danych", Parts = "Składowe", Note = "Uwaga", Status = "Stan", Version = "Wersja";

    public const string Yes = "tak", No = "nie";

    /// <summary>Columns read back; the others are there for the person and are ignored.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(Id, true), new(Element), new(Indicator), new(Unit), new(Approved), new(Value, true), new(NoData), new(Reason), new(Parts), new(Note), new(Status), new(Version),
    ];

    public static SheetContent Build(IReadOnlyList<ReportingTaskDto> tasks, Func<ReviewStatus?, string> status) => new(
        SheetName,
        [.. Columns.Select(c => c.Name)],
        tasks.Select(t => (IReadOnlyList<object?>)
        [
            t.IndicatorId.ToString(), t.ElementCode, t.Indicator, t.Unit, t.ApprovedText,
            t.Entry is { NoData: false, Value: { } v } ? v : null,
            t.Entry?.NoData == true ? Yes : null,
            t.Entry?.NoDataReason, PartsCell(t.Entry?.Parts), t.Entry?.Note,
            status(t.Entry?.Status),
            t.Entry?.Version,
        ]).ToList());

    /// <summary>The parts as the sheet is read back: "bezrobocia: 300; ubóstwa: 331".</summary>
    private static string? PartsCell(IReadOnlyList<MeasurementPartDto>? parts) => parts is null or { Count: 0 }
        ? null
        : new MeasurementValue(null, null, false, null, null, [.. parts.Select(p => new MeasurementPartValue(p.Label, p.Value, p.Unit))]).Describe();

    /// <summary>A filled-in row: which indicator, the value to record, and the version it was downloaded at.</summary>
    public sealed record Row(int Number, Guid IndicatorId, MeasurementValue Value, int? Version);

    /// <summary>
    /// The rows that carry a value; rows left empty are skipped. Every problem is added with its row
    /// and column; the caller stops on any.
    /// </summary>
    public static IReadOnlyList<Row> Read(Sheet sheet, IReadOnlyDictionary<Guid, ReportingTaskDto> tasks, List<CellError> errors)
    {
        var table = SheetTable.Open(sheet, Columns, errors);
        var rows = new List<Row>();
        var seen = new Dictionary<Guid, int>();
        foreach (var row in table.Rows())
        {
            if (!Guid.TryParse(row[Id], out var id) || !tasks.TryGetValue(id, out var task))
            {
                errors.Add(row.Error(Id, row[Id].Length == 0
                    ? "Brak identyfikatora wskaźnika: nie zmieniaj tej kolumny pobranego arkusza."
                    : $"Wskaźnik „{row[Indicator]}” nie jest na Twojej liście w tej rundzie (dostarcza go inna instytucja albo pochodzi z innej strategii)."));
                continue;
            }

            if (!seen.TryAdd(id, row.Number))
            {
                errors.Add(row.Error(Id, $"Ten wskaźnik jest już w wierszu {seen[id]}."));
                continue;
            }

            var noData = row[NoData].ToLowerInvariant() switch
            {
                "" or No => false,
                Yes => true,
                var other => Fail(row.Error(NoData, $"„{other}”: wpisz „{Yes}” albo zostaw puste."), errors),
            };
            if (row[Value].Length == 0 && !noData && row[Parts].Length == 0)
            {
                continue; // not filled in
            }

            var value = ValueOf(row, task, noData, errors);
            int? version = row[Version].Length == 0 ? null : int.TryParse(row[Version], out var v) ? v : Fail(row.Error(Version, "Nie zmieniaj tej kolumny pobranego arkusza."), errors, (int?)null);
            if (value is not null)
            {
                rows.Add(new Row(row.Number, id, value, version));
            }
        }

        return rows;
    }

    private static MeasurementValue? ValueOf(SheetRow row, ReportingTaskDto task, bool noData, List<CellError> errors)
    {
        if (noData && row[Value].Length > 0)
        {
            errors.Add(row.Error(Value, $"Przy „{NoData}: {Yes}” zostaw wartość pustą."));
            return null;
        }

        if (noData && row[Reason].Length == 0)
        {
            errors.Add(row.Error(Reason, "Napisz, dlaczego brak danych: koordynator i rada muszą to wiedzieć."));
            return null;
        }

        decimal? number = null;
        if (!noData && row[Value].Length > 0)
        {
            number = ReportedValueText.Number(row[Value], task.Kind, task.Indicator, out var refusal);
            if (number is null)
            {
                errors.Add(row.Error(Value, refusal!));
                return null;
            }
        }

        string? partsError = null;
        var parts = noData ? [] : ReportedValueText.Parts(row[Parts], out partsError);
        if (parts is null)
        {
            errors.Add(row.Error(Parts, partsError!));
            return null;
        }

        try
        {
            return new MeasurementValue(number, number is null ? null : task.Unit, noData, Optional(row[Reason]), Optional(row[Note]), parts);
        }
        catch (DomainException e)
        {
            errors.Add(row.Error(null, e.Message));
            return null;
        }
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static bool Fail(CellError error, List<CellError> errors)
    {
        errors.Add(error);
        return false;
    }

    private static T Fail<T>(CellError error, List<CellError> errors, T value)
    {
        errors.Add(error);
        return value;
    }
}
