using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;
using Sheet = Strategy.Application.Common.Spreadsheets.Sheet;
using WorkbookSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Excel workbooks through the Open XML SDK. Reading gives every cell as the text a person sees in a
/// Polish Excel (numbers with a decimal comma); writing makes a bold, frozen header row over the data.
/// </summary>
public sealed partial class XlsxFiles : IXlsxFiles
{
    private const int MaxColumns = 16_384;
    private const int MaxColumnWidth = 80;
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly IReadOnlyList<string> NoCells = [];

    public IReadOnlyList<Sheet> Read(Stream xlsx, FileLimits limits)
    {
        PackageBudget.Check(xlsx, limits, Damaged);
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            var workbook = document.WorkbookPart ?? throw Damaged();
            var budget = new SheetBudget(limits);
            var shared = SharedStrings(workbook.SharedStringTablePart, budget);
            var sheets = new List<Sheet>();
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<WorkbookSheet>() ?? [])
            {
                // Chart sheets have no cells.
                if (sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var found) && found is WorksheetPart part)
                {
                    sheets.Add(new Sheet(sheet.Name?.Value ?? "", Rows(part, shared, budget)));
                }
            }

            return sheets.Count > 0
                ? sheets
                : throw new DomainException("Plik XLSX nie zawiera żadnego arkusza z danymi.");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            // Password-protected workbooks are OLE compound files, not ZIP packages, so they fail the same way a damaged one does.
            throw Damaged();
        }
    }

    public byte[] Write(IReadOnlyList<SheetContent> sheets)
    {
        CheckNames(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheets[i]);
                list.Append(new WorkbookSheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i + 1, Name = sheets[i].Name });
            }
        }

        return stream.ToArray();
    }

    private static DomainException Damaged() =>
        new("Plik XLSX jest uszkodzony albo zaszyfrowany (chroniony hasłem). Zapisz go ponownie bez hasła jako skoroszyt programu Excel (.xlsx) i spróbuj jeszcze raz.");

    /// <summary>Shared strings one at a time (a reader, not the part's whole tree), counted as cells are.</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part, SheetBudget budget)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var text = Text((SharedStringItem)reader.LoadCurrentElement()!);
                budget.AddCell(text.Length);
                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>
    /// A sheet's rows, read element by element. Row and cell references are optional in the format (without
    /// one, it is the next row or cell); a reference far to the right or below is checked against the limits
    /// before the empty cells and rows up to it are added.
    /// </summary>
    private static List<IReadOnlyList<string>> Rows(WorksheetPart part, List<string> shared, SheetBudget budget)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? cells = null;
        var column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    var number = index is null ? rows.Count + 1 : long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    if (number < 1 || number <= rows.Count)
                    {
                        throw Damaged();
                    }

                    budget.Row(number);
                    while (rows.Count < number - 1)
                    {
                        rows.Add(NoCells);
                    }

                    cells = [];
                    column = 0;
                }

                // The reader gives an empty <row/> an end of its own.
                if (reader.IsEndElement)
                {
                    EndRow(rows, cells);
                    cells = null;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column;
                budget.Column(column);
                var text = Text(cell, shared);
                budget.AddCells(Math.Max(1, column + 1 - cells.Count), text.Length);
                while (cells.Count <= column)
                {
                    cells.Add("");
                }

                cells[column++] = text;
            }
        }

        // Formatted but empty rows at the end are not content.
        while (rows.Count > 0 && rows[^1].Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return rows;
    }

    private static void EndRow(List<IReadOnlyList<string>> rows, List<string>? cells)
    {
        cells ??= [];
        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        rows.Add(cells.Count == 0 ? NoCells : cells);
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : throw Damaged();
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : "";
        }

        if (type == CellValues.Boolean)
        {
            // As a Polish Excel shows them.
            return value.Length == 0 ? "" : value is "1" or "true" ? "PRAWDA" : "FAŁSZ";
        }

        if (type is null || type == CellValues.Number)
        {
            return Number(value);
        }

        // A formula's text result; errors (#DIV/0!) and ISO dates as they are stored.
        return type == CellValues.String ? Unescape(value) : value;
    }

    /// <summary>Plain or rich text (runs), without phonetic hints.</summary>
    private static string Text(RstType text) =>
        Unescape((text.Text?.Text ?? "") + string.Concat(text.Elements<Run>().Select(r => r.Text?.Text)));

    /// <summary>
    /// The number as Excel shows it: at most 15 significant digits (the stored "11.599999999999999"
    /// is the 11,6 typed), a decimal comma, no grouping. What decimal cannot hold (1E+30) stays as stored.
    /// </summary>
    private static string Number(string stored) =>
        double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate)
        && decimal.TryParse(approximate.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.############################", Polish)
            : stored;

    /// <summary>The 0-based column of a reference such as "AB12".</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxColumns; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 || column > MaxColumns ? throw Damaged() : column - 1;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void CheckNames(IReadOnlyList<SheetContent> sheets)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in sheets.Select(s => s.Name))
        {
            if (name.Length is 0 or > 31 || name.AsSpan().IndexOfAny(@"[]:*?/\") >= 0 || name.StartsWith('\'') || name.EndsWith('\'') || !names.Add(name))
            {
                throw new ArgumentException($"'{name}' is not a valid Excel sheet name (1–31 characters, none of []:*?/\\, no apostrophe at either end, unique).", nameof(sheets));
            }
        }
    }

    private static Worksheet Worksheet(SheetContent content)
    {
        var rows = new List<IReadOnlyList<object?>> { content.Header.ToList<object?>() };
        rows.AddRange(content.Rows);
        var data = new SheetData();
        var widths = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is not { } value)
                {
                    continue;
                }

                var (cell, length) = Cell(value);
                cell.CellReference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                cell.StyleIndex = r == 0 ? 1U : null;
                row.Append(cell);
                while (widths.Count <= c)
                {
                    widths.Add(0);
                }

                widths[c] = Math.Max(widths[c], length);
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(new SheetViews(HeaderFrozen()));
        if (widths.Count > 0)
        {
            // A little more than the text, for the filter button and bold letters; long texts wrap in Excel's formula bar anyway.
            worksheet.Append(new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)i + 1,
                Max = (uint)i + 1,
                Width = Math.Clamp(w + 2, 8, MaxColumnWidth),
                CustomWidth = true,
            })));
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static SheetView HeaderFrozen() => new(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        WorkbookViewId = 0,
    };

    /// <returns>The cell, and the length of its longest line for the column width.</returns>
    private static (Cell Cell, int Length) Cell(object value)
    {
        switch (value)
        {
            case string text:
                var inline = new InlineString(new Text(Escape(text)) { Space = SpaceProcessingModeValues.Preserve });
                return (new Cell { DataType = CellValues.InlineString, InlineString = inline }, text.Split('\n').Max(l => l.Length));
            case double d when !double.IsFinite(d):
                throw new ArgumentException("An XLSX cell cannot hold NaN or infinity.", nameof(value));
            case decimal or int or long or double:
                var number = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return (new Cell { CellValue = new CellValue(number) }, number.Length);
            default:
                throw new ArgumentException($"An XLSX cell cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    private static Stylesheet Styles() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        // Excel expects these two fills first, whether used or not.
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 2 });

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    /// <summary>
    /// XML cannot carry some characters (a carriage return would come back as a bare line feed, control
    /// characters not at all), so they go as Excel writes them, _x000D_; a literal "_x" sequence is escaped in turn.
    /// </summary>
    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                result.Append(c).Append(text[++i]);
            }
            else if (c == '_' && LooksEscaped(text, i))
            {
                result.Append("_x005F_");
            }
            else if ((char.IsControl(c) && c is not '\t' and not '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                result.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? Escaped().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()) : text;

    /// <summary>Whether an underscore at <paramref name="i"/> starts what a reader would take for an escape, "_x0041_".</summary>
    private static bool LooksEscaped(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]) && text[i + 6] == '_';

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_", RegexOptions.NonBacktracking)]
    private static partial Regex Escaped();
}
