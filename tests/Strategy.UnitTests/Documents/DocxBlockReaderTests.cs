using Strategy.Application.Common.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Documents;

namespace Strategy.UnitTests.Documents;

public sealed class DocxBlockReaderTests
{
    [Fact]
    public void Paragraphs_become_lines_and_table_rows_tab_separated_lines()
    {
        using var docx = Docx.Build(body =>
        {
            body.Append(Docx.Paragraph("1.1 Wsparcie rodzin."));
            body.Append(Docx.Table(
                [["Kluczowe zadania i projekty"], ["Realizacja/koordynacja"], ["Podmioty zaangażowane/partnerzy"]],
                [["1.1.2 Zintensyfikowanie pracy socjalnej."], ["Ośrodek Pomocy Społecznej"], ["Powiatowe Centrum Pomocy Rodzinie", "i inne instytucje"]]));
        });

        var lines = new DocxBlockReader().Read(docx, FileLimits.SignedIn).ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "1.1 Wsparcie rodzin.",
                "Kluczowe zadania i projekty\tRealizacja/koordynacja\tPodmioty zaangażowane/partnerzy",
                "1.1.2 Zintensyfikowanie pracy socjalnej.\tOśrodek Pomocy Społecznej\t<p>Powiatowe Centrum Pomocy Rodzinie</p> <p>i inne instytucje</p>",
            ],
            lines);
    }

    [Fact]
    public void A_damaged_file_is_refused_with_a_clear_message()
    {
        using var notAZip = new MemoryStream("to nie jest dokument Worda"u8.ToArray());

        var error = Assert.Throws<DomainException>(() => new DocxBlockReader().Read(notAZip, FileLimits.SignedIn).ToText());

        Assert.Contains("zaszyfrowany hasłem albo uszkodzony", error.Message);
    }

    [Fact]
    public void A_password_protected_file_is_refused_with_the_same_advice()
    {
        // Word saves a password-protected document as an OLE compound file, not a ZIP package.
        var header = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]).ToArray();
        using var encrypted = new MemoryStream(header);

        var error = Assert.Throws<DomainException>(() => new DocxBlockReader().Read(encrypted, FileLimits.SignedIn).ToText());

        Assert.Contains("bez hasła", error.Message);
    }
}

/// <summary>Builds small Word documents in memory for tests.</summary>
internal static class Docx
{
    public static MemoryStream Build(Action<Body> fill)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main.Document.Body!);
        }

        stream.Position = 0;
        return stream;
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A table: each row is a list of cells, each cell a list of paragraphs.</summary>
    public static Table Table(params string[][][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Select(Paragraph)))));
        }

        return table;
    }
}
