using Strategy.Application.Common.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Documents;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Strategy.UnitTests.Documents;

public sealed class XlsxFilesTests
{
    private static readonly XlsxFiles Files = new();

    private static readonly SheetContent[] Workbook =
    [
        new("Cele", ["Numer", "Nazwa celu", "Wartość"],
        [
            ["1.1", "Zażółć gęślą jaźń", 11.6m],
            ["1.2", null, 1234],
            [null, "pierwsza linia\ndruga\r\ntrzecia", -0.25m],
            ["_x0041_ i \u000B", "", null],
        ]),
        new("Wskaźniki", ["Cel"], []),
    ];

    [Fact]
    public void What_is_written_reads_back_as_text_with_polish_numbers()
    {
        using var stream = new MemoryStream(Files.Write(Workbook));

        var sheets = Files.Read(stream, FileLimits.SignedIn);

        Assert.Equal(["Cele", "Wskaźniki"], sheets.Select(s => s.Name));
        Assert.Equal(
            [
                ["Numer", "Nazwa celu", "Wartość"],
                ["1.1", "Zażółć gęślą jaźń", "11,6"],
                ["1.2", "", "1234"],
                ["", "pierwsza linia\ndruga\r\ntrzecia", "-0,25"],
                ["_x0041_ i \u000B"],
            ],
            sheets[0].Rows);
        Assert.Equal([["Cel"]], sheets[1].Rows);
    }

    [Fact]
    public void The_written_workbook_is_valid_open_xml()
    {
        using var stream = new MemoryStream(Files.Write(Workbook));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void The_header_row_is_bold_and_frozen_and_columns_fit_their_text()
    {
        using var stream = new MemoryStream(Files.Write(Workbook));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.First().Worksheet!;

        var header = worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
        var data = worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().First();
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.All(header, c => Assert.NotNull(fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold));
        Assert.Null(fonts[(int)formats[(int)(data.StyleIndex?.Value ?? 0)].FontId!.Value].Bold);

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);

        var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(3, widths.Count);
        Assert.True(widths[1] > widths[0], "the column of long names is wider than the one of numbers");
    }

    [Fact]
    public void Numbers_are_stored_as_numbers_and_text_as_text()
    {
        using var stream = new MemoryStream(Files.Write(Workbook));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var cells = document.WorkbookPart!.WorksheetParts.First().Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        Assert.Null(cells["C2"].DataType);
        Assert.Equal("11.6", cells["C2"].CellValue!.Text);
        Assert.Equal("1234", cells["C3"].CellValue!.Text);
        Assert.Equal(CellValues.InlineString, cells["B2"].DataType!.Value);
        Assert.False(cells.ContainsKey("B3"), "a null makes no cell");
    }

    [Fact]
    public void A_hand_made_workbook_is_read_by_cell_reference_with_gaps_kept()
    {
        using var stream = HandMade.Build(
            ["Cel", "Opis ", "Tak"],
            ("Arkusz A", [
                new Row(HandMade.Shared("A1", 0), HandMade.Shared("C1", 1), HandMade.Number("AB1", "3")) { RowIndex = 1 },
                new Row(
                    HandMade.Number("B4", "11.599999999999999"),
                    HandMade.Number("C4", "1E+30"),
                    new Cell { CellReference = "D4", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
                    new Cell { CellReference = "E4", CellFormula = new CellFormula("B4*2"), CellValue = new CellValue("23.2") },
                    new Cell { CellReference = "F4", DataType = CellValues.String, CellFormula = new CellFormula("A1&\"!\""), CellValue = new CellValue("Cel!") },
                    new Cell { CellReference = "G4", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("w wierszu")) },
                    HandMade.Shared("H4", 2),
                    new Cell { CellReference = "I4" }) { RowIndex = 4 },
            ]),
            ("Arkusz B", []));

        var sheets = Files.Read(stream, FileLimits.SignedIn);

        Assert.Equal(["Arkusz A", "Arkusz B"], sheets.Select(s => s.Name));
        var rows = sheets[0].Rows;
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Cel", "", "Opis pogrubiony", .. Enumerable.Repeat("", 24), "3"], rows[0]);
        Assert.Empty(rows[1]);
        Assert.Empty(rows[2]);
        Assert.Equal(["", "11,6", "1E+30", "PRAWDA", "23,2", "Cel!", "w wierszu", "Tak"], rows[3]);
        Assert.Empty(sheets[1].Rows);
    }

    [Fact]
    public void A_workbook_without_sheets_is_refused()
    {
        using var stream = HandMade.Build(["x"]);

        var error = Assert.Throws<DomainException>(() => Files.Read(stream, FileLimits.SignedIn));

        Assert.Contains("arkusza", error.Message);
    }

    [Fact]
    public void Random_bytes_are_refused_with_a_clear_message()
    {
        using var bytes = new MemoryStream("to nie jest skoroszyt Excela"u8.ToArray());

        var error = Assert.Throws<DomainException>(() => Files.Read(bytes, FileLimits.SignedIn));

        Assert.Contains("uszkodzony albo zaszyfrowany", error.Message);
    }

    [Fact]
    public void A_word_document_is_refused_with_a_clear_message()
    {
        using var docx = Docx.Build(body => body.Append(Docx.Paragraph("Strategia rozwoju gminy")));

        var error = Assert.Throws<DomainException>(() => Files.Read(docx, FileLimits.SignedIn));

        Assert.Contains("uszkodzony albo zaszyfrowany", error.Message);
    }

    [Fact]
    public void A_password_protected_workbook_is_refused_with_advice_to_save_without_a_password()
    {
        // Excel saves a password-protected workbook as an OLE compound file, not a ZIP package.
        var header = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]).ToArray();
        using var encrypted = new MemoryStream(header);

        var error = Assert.Throws<DomainException>(() => Files.Read(encrypted, FileLimits.SignedIn));

        Assert.Contains("bez hasła", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Cele/zadania")]
    [InlineData("[Cele]")]
    [InlineData("Nazwa arkusza dłuższa niż trzydzieści jeden znaków")]
    public void A_sheet_name_excel_forbids_is_a_programming_error(string name)
    {
        Assert.Throws<ArgumentException>(() => Files.Write([new SheetContent(name, ["A"], [])]));
    }

    [Fact]
    public void A_cell_of_another_type_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Files.Write([new SheetContent("A", ["Data"], [[DateTime.Now]])]));
    }
}

/// <summary>Builds workbooks cell by cell with shared strings, as Excel saves them.</summary>
internal static class HandMade
{
    /// <param name="shared">Shared strings; the second one is rich text in two runs: "Opis " + bold "pogrubiony".</param>
    public static MemoryStream Build(string[] shared, params (string Name, Row[] Rows)[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(shared.Select((s, i) => i == 1
                ? new SharedStringItem(new Run(new Text(s) { Space = SpaceProcessingModeValues.Preserve }), new Run(new RunProperties(new Bold()), new Text("pogrubiony")))
                : new SharedStringItem(new Text(s))));
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows));
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        stream.Position = 0;
        return stream;
    }

    public static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    public static Cell Number(string reference, string stored) => new() { CellReference = reference, CellValue = new CellValue(stored) };
}
