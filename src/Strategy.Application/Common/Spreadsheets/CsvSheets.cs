using Strategy.Application.Common.Files;

namespace Strategy.Application.Common.Spreadsheets;

/// <summary>
/// Several sheets in one CSV file, one below another: each starts with its header row, after an
/// empty row. It is how a workbook survives as one file that any spreadsheet opens and saves again.
/// Row numbers stay those of the file, so messages point at the line a person sees.
/// </summary>
public static class CsvSheets
{
    /// <param name="sheetByFirstHeader">Which sheet a header row starts, by its first cell; the first sheet is also where rows before any known header go.</param>
    public static IReadOnlyList<Sheet> Read(string text, IReadOnlyList<(string FirstHeader, string Sheet)> sheetByFirstHeader, FileLimits limits)
    {
        var rows = CsvFile.Read(text, limits);
        var owner = new string[rows.Count];
        var current = sheetByFirstHeader[0].Sheet;
        var previousEmpty = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var empty = rows[i].All(string.IsNullOrWhiteSpace);
            if (!empty && previousEmpty && rows[i].Count > 0)
            {
                var first = rows[i][0].Trim();
                current = sheetByFirstHeader.FirstOrDefault(s => string.Equals(s.FirstHeader, first, StringComparison.OrdinalIgnoreCase)).Sheet ?? current;
            }

            owner[i] = current;
            previousEmpty = empty;
        }

        // A part the file does not have is absent, as a sheet a workbook does not have.
        return sheetByFirstHeader.Select(s => s.Sheet).Distinct()
            .Where(name => rows.Where((r, i) => owner[i] == name).Any(r => r.Any(c => !string.IsNullOrWhiteSpace(c))))
            .Select(name => new Sheet(name, rows.Select((r, i) => owner[i] == name ? r : []).ToList()))
            .ToList();
    }

    public static byte[] Write(IReadOnlyList<SheetContent> sheets)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var sheet in sheets)
        {
            if (rows.Count > 0)
            {
                rows.Add([]);
            }

            rows.Add([.. sheet.Header]);
            rows.AddRange(sheet.Rows);
        }

        return CsvFile.WriteUtf8WithBom(rows);
    }
}
