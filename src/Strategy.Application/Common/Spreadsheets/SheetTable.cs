namespace Strategy.Application.Common.Spreadsheets;

/// <summary>A column a sheet may have, by its header text.</summary>
public sealed record SheetColumn(string Name, bool Required = false);

/// <summary>
/// A sheet read as a table: the first non-empty row is the header, named columns in any order.
/// Header problems (a missing required column, a column nobody asked for, a column twice) are added
/// to the error list, so a wrong file is reported in full before any row is looked at.
/// </summary>
public sealed class SheetTable
{
    private readonly Dictionary<string, int> columns;
    private readonly List<(string Header, int Index)> extra;
    private readonly ICollection<CellError> errors;

    private SheetTable(Sheet sheet, int headerRow, Dictionary<string, int> columns, List<(string, int)> extra, ICollection<CellError> errors)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
        this.columns = columns;
        this.extra = extra;
        this.errors = errors;
    }

    public Sheet Sheet { get; }

    /// <summary>The header's row number (1-based), 0 when the sheet is empty.</summary>
    public int HeaderRow { get; }

    /// <param name="extraColumn">Accepts further columns by their header (e.g. a year), kept in <see cref="SheetRow.Extra"/>.</param>
    public static SheetTable Open(Sheet sheet, IReadOnlyList<SheetColumn> known, ICollection<CellError> errors, Func<string, bool>? extraColumn = null)
    {
        var headerIndex = -1;
        for (var i = 0; i < sheet.Rows.Count && headerIndex < 0; i++)
        {
            if (sheet.Rows[i].Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                headerIndex = i;
            }
        }

        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var extra = new List<(string, int)>();
        if (headerIndex < 0)
        {
            errors.Add(new CellError(sheet.Name, 1, null, $"Brak wiersza nagłówka; oczekiwane kolumny: {string.Join(", ", known.Select(c => c.Name))}."));
            return new SheetTable(sheet, 0, found, extra, errors);
        }

        var header = sheet.Rows[headerIndex];
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var column = known.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is not null && !found.TryAdd(column.Name, c))
            {
                errors.Add(new CellError(sheet.Name, headerIndex + 1, name, "Kolumna występuje dwa razy."));
            }
            else if (column is null && extraColumn?.Invoke(name) == true)
            {
                extra.Add((name, c));
            }
            else if (column is null)
            {
                errors.Add(new CellError(sheet.Name, headerIndex + 1, name, $"Nieznana kolumna; dozwolone: {string.Join(", ", known.Select(k => k.Name))}."));
            }
        }

        foreach (var missing in known.Where(k => k.Required && !found.ContainsKey(k.Name)))
        {
            errors.Add(new CellError(sheet.Name, headerIndex + 1, missing.Name, "Brak wymaganej kolumny."));
        }

        return new SheetTable(sheet, headerIndex + 1, found, extra, errors);
    }

    /// <summary>
    /// The non-empty rows below the header. A value under no header is an error rather than dropped:
    /// in a CSV file it is usually a list of institutions whose semicolons split it into columns.
    /// </summary>
    public IEnumerable<SheetRow> Rows()
    {
        var headed = columns.Values.Concat(extra.Select(e => e.Index)).ToHashSet();
        for (var i = HeaderRow; HeaderRow > 0 && i < Sheet.Rows.Count; i++)
        {
            var cells = Sheet.Rows[i];
            if (!cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                continue;
            }

            for (var c = 0; c < cells.Count; c++)
            {
                if (!headed.Contains(c) && !string.IsNullOrWhiteSpace(cells[c]))
                {
                    errors.Add(new CellError(Sheet.Name, i + 1, ColumnLetter(c), $"Wartość „{cells[c].Trim()}” stoi w kolumnie bez nagłówka. W pliku CSV średnik oddziela kolumny: listę instytucji ujmij w cudzysłów."));
                }
            }

            yield return new SheetRow(this, i + 1, cells);
        }
    }

    /// <summary>A, B, … Z, AA: how a spreadsheet names the column.</summary>
    private static string ColumnLetter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter((index / 26) - 1) + (char)('A' + (index % 26));

    internal string Cell(IReadOnlyList<string> cells, string column) =>
        columns.TryGetValue(column, out var index) && index < cells.Count ? cells[index].Trim() : "";

    internal IEnumerable<(string Header, string Value)> Extra(IReadOnlyList<string> cells) =>
        extra.Select(e => (e.Header, e.Index < cells.Count ? cells[e.Index].Trim() : ""));
}

/// <summary>One data row of a <see cref="SheetTable"/>; <see cref="Number"/> is as the person sees it.</summary>
public sealed class SheetRow(SheetTable table, int number, IReadOnlyList<string> cells)
{
    public int Number { get; } = number;

    /// <summary>The trimmed text of a column, "" when the column or the cell is absent.</summary>
    public string this[string column] => table.Cell(cells, column);

    public IEnumerable<(string Header, string Value)> Extra => table.Extra(cells);

    public CellError Error(string? column, string message) => new(table.Sheet.Name, Number, column, message);
}
