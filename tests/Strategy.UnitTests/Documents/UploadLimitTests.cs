using System.Text;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Documents;
using Strategy.Testing;

namespace Strategy.UnitTests.Documents;

/// <summary>
/// Every reader refuses a file over a limit with a message naming it, and does so before the file has
/// grown in memory: what the thread allocated while refusing is asserted (a count, not a timing).
/// </summary>
public sealed class UploadLimitTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void A_workbook_with_a_cell_at_column_XFD_in_every_row_is_refused_by_its_columns()
    {
        var bomb = Bombs.XlsxFarRightCells();

        var (error, allocated) = Refused(() => new XlsxFiles().Read(new MemoryStream(bomb), FileLimits.Anonymous));

        Assert.Contains("najwyżej 100 kolumn arkusza", error.Message);
        Assert.Contains("w zgłoszeniu bez logowania", error.Message);
        Assert.True(allocated < 50 * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void A_row_numbered_a_million_is_refused_by_the_rows()
    {
        var (error, allocated) = Refused(() => new XlsxFiles().Read(new MemoryStream(Bombs.XlsxFarDownRow()), FileLimits.SignedIn));

        Assert.Contains("najwyżej 50\u00a0000 wierszy arkusza", error.Message);
        Assert.True(allocated < 50 * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void A_part_that_unpacks_past_the_limit_is_refused_before_it_is_parsed()
    {
        var bomb = Bombs.XlsxUnpackingToMegabytes(30);
        Assert.True(bomb.Length < 200 * 1024, $"the bomb is {bomb.Length} bytes packed");

        var (error, allocated) = Refused(() => new XlsxFiles().Read(new MemoryStream(bomb), FileLimits.SignedIn));

        Assert.Contains("najwyżej 25 MB jednej części po rozpakowaniu", error.Message);
        Assert.True(allocated < 10 * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void The_same_workbook_is_read_signed_in_and_refused_anonymously_by_its_cells()
    {
        var rows = Enumerable.Range(0, 600).Select(i => (IReadOnlyList<object?>)Enumerable.Range(0, 99).Select(c => (object?)"x").ToList()).ToList();
        var workbook = new XlsxFiles().Write([new SheetContent("Arkusz", ["x"], rows)]);

        Assert.Equal(601, new XlsxFiles().Read(new MemoryStream(workbook), FileLimits.SignedIn)[0].Rows.Count);
        var error = Assert.Throws<DomainException>(() => new XlsxFiles().Read(new MemoryStream(workbook), FileLimits.Anonymous));
        Assert.Contains("najwyżej 50\u00a0000 komórek", error.Message);
    }

    [Fact]
    public void A_pdf_whose_page_inflates_to_gigabytes_is_refused_before_PdfPig_inflates_it()
    {
        var bomb = Bombs.PdfUnpackingToMegabytes(1_000);
        Assert.True(bomb.Length < 2 * Megabyte, $"{bomb.Length} B");

        var (error, allocated) = Refused(() => new PdfBlockReader().Read(bomb, FileLimits.Anonymous));

        Assert.Contains("najwyżej 10 MB po rozpakowaniu jednego strumienia PDF", error.Message);
        Assert.True(allocated < 10 * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void A_document_of_empty_paragraphs_is_refused_by_its_paragraphs()
    {
        var bomb = Bombs.DocxEmptyParagraphs(60_000);

        var (error, allocated) = Refused(() => new DocxBlockReader().Read(new MemoryStream(bomb), FileLimits.SignedIn).ToText());

        Assert.Contains("najwyżej 50\u00a0000 akapitów i wierszy tabel", error.Message);
        Assert.True(allocated < 50 * Megabyte, $"{allocated / Megabyte} MB allocated");
    }

    [Fact]
    public void A_document_of_a_thousand_parts_is_refused_by_its_parts()
    {
        var error = Assert.Throws<DomainException>(() => new DocxBlockReader().Read(new MemoryStream(Bombs.DocxWithParts(1_000)), FileLimits.SignedIn).ToText());

        Assert.Contains("najwyżej 300 części pakietu ZIP", error.Message);
    }

    [Fact]
    public void A_document_within_the_limits_is_still_read()
    {
        Assert.Equal("Strategia", new DocxBlockReader().Read(new MemoryStream(Bombs.DocxWithParts(10)), FileLimits.SignedIn).ToText().Trim());
    }

    [Fact]
    public void A_csv_wider_or_longer_than_the_limits_is_refused()
    {
        var wide = Assert.Throws<DomainException>(() => CsvFile.Read(CsvFile.Decode(Bombs.CsvWide(columns: 300)), FileLimits.SignedIn));
        var cells = Assert.Throws<DomainException>(() => CsvFile.Read(CsvFile.Decode(Bombs.CsvWide(columns: 100, rows: 600)), FileLimits.Anonymous));

        Assert.Contains("najwyżej 200 kolumn", wide.Message);
        Assert.Contains("najwyżej 50\u00a0000 komórek", cells.Message);
    }

    [Fact]
    public void A_text_over_the_characters_or_lines_is_refused()
    {
        var characters = Assert.Throws<DomainException>(() => CsvFile.Read(new string('x', 1_000_001), FileLimits.Anonymous));

        Assert.Contains("najwyżej 1\u00a0000\u00a0000 znaków tekstu", characters.Message);
    }

    private static (DomainException Error, long Allocated) Refused(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DomainException>(read);
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
