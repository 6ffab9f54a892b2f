using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Documents;
using Strategy.Testing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Strategy.UnitTests.Documents;

public sealed class PdfBlockReaderTests
{
    private static string Layout(string name) => Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "Strategy.UnitTests", "Import", "Layouts", name);

    [Fact]
    public void A_ruled_table_becomes_rows_with_the_cell_spanning_rows_repeated_and_marked()
    {
        var blocks = new PdfBlockReader().Read(File.ReadAllBytes(Layout("tabele.pdf")), FileLimits.SignedIn).Blocks;

        var rows = blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(["Cel operacyjny", "Zadania", "Wskaźniki", "Instytucje odpowiedzialne"], rows[0].Cells);
        Assert.True(rows[0].Header);
        Assert.Equal("1.1. Wspieranie rodzin w kryzysie", rows[2].Cells![0]);
        Assert.Equal([0], rows[2].Continued!);
        Assert.Equal("Gminny Ośrodek Pomocy Społecznej, Punkt Interwencji Kryzysowej", rows[2].Cells![3]);
    }

    [Fact]
    public void A_row_broken_across_a_page_is_joined_with_its_rest_under_the_repeated_header()
    {
        // tabele-inne.pdf: the row of task 2.2.1 starts at the foot of page 3 and ends under the header repeated on page 4.
        var rows = new PdfBlockReader().Read(File.ReadAllBytes(Layout("tabele-inne.pdf")), FileLimits.SignedIn).Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();

        var broken = rows.Single(r => r.Cells![0].StartsWith("2.2.1.", StringComparison.Ordinal));
        Assert.Equal(3, broken.Place);
        Assert.EndsWith("nie radzą sobie same i potrzebują wsparcia specjalistów", broken.Cells![0]);
        Assert.Equal("<p>2.2. Pomoc rodzinom w sytuacjach kryzysowych</p> <p>Wsparcie dla rodzin, które nie radzą sobie same po nagłym zdarzeniu</p>", broken.Cells[1]);
        Assert.Equal("<p>Miejski Ośrodek Pomocy Społecznej</p> <p>Punkt Interwencji Kryzysowej</p>", broken.Cells[2]);
        var next = rows[rows.IndexOf(broken) + 2]; // after the repeated header
        Assert.Equal((4, broken.Cells[1]), (next.Place, next.Cells![1]));
        Assert.Equal([1], next.Continued!);
    }

    [Fact]
    public void Headings_paragraphs_and_pages_are_told_apart_and_the_cover_title_is_one_paragraph()
    {
        var blocks = new PdfBlockReader().Read(File.ReadAllBytes(Layout("kropkowa.pdf")), FileLimits.SignedIn);

        Assert.Equal(PlaceUnit.Page, blocks.Unit);
        Assert.Contains(blocks.Blocks, b => b is { Kind: BlockKind.Paragraph, Place: 1, Text: "GMINNA STRATEGIA ROZWIĄZYWANIA PROBLEMÓW SPOŁECZNYCH GMINY BRZEZINY NA LATA 2021-2027" });
        Assert.Contains(blocks.Blocks, b => b is { Kind: BlockKind.Heading, Level: 2, Text: "Cel strategiczny 1. Wzmocnienie rodziny w wypełnianiu jej funkcji" });
        Assert.Equal("Strona 3", blocks.Where(3));
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_is_joined_but_a_compound_keeps_its_hyphen()
    {
        Assert.Equal("rozwiązywania problemów", PdfParagraphs.Continue("rozwiązy-", "wania problemów"));
        Assert.Equal("Psychologiczno-Pedagogiczna", PdfParagraphs.Continue("Psychologiczno-", "Pedagogiczna"));
        Assert.Equal("2023–2030", PdfParagraphs.Continue("2023–", "2030"));
        Assert.Equal("cel 1 – wsparcie", PdfParagraphs.Continue("cel 1 –", "wsparcie"));
        Assert.Equal("rok 2021 – 2027", PdfParagraphs.Continue("rok 2021 –", "2027"));
    }

    [Fact]
    public void A_scan_without_a_text_layer_is_refused_with_what_to_do()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        builder.AddPage(PageSize.A4);

        var error = Assert.Throws<DomainException>(() => new PdfBlockReader().Read(builder.Build(), FileLimits.SignedIn));

        Assert.StartsWith("Plik jest skanem bez warstwy tekstowej", error.Message);
        Assert.Contains("OCR", error.Message);
    }

    [Fact]
    public void A_damaged_file_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<DomainException>(() => new PdfBlockReader().Read("%PDF-1.7\nto nie jest PDF"u8.ToArray(), FileLimits.SignedIn));

        Assert.StartsWith("Nie można odczytać pliku PDF", error.Message);
    }

    [Fact]
    public void A_PDF_locked_with_a_password_is_refused_with_what_to_do()
    {
        // rzymska.pdf encrypted by qpdf (AES-256, user password "tajne").
        var pdf = File.ReadAllBytes(Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "Strategy.UnitTests", "Documents", "zaszyfrowana.pdf"));

        var error = Assert.Throws<DomainException>(() => new PdfBlockReader().Read(pdf, FileLimits.SignedIn));

        Assert.Equal("Plik PDF jest zaszyfrowany hasłem. Zapisz go bez hasła (albo wyeksportuj z edytora ponownie) i spróbuj jeszcze raz.", error.Message);
    }

    [Fact]
    public void A_document_over_the_page_limit_is_refused_before_a_page_is_read()
    {
        var error = Assert.Throws<DomainException>(() => new PdfBlockReader().Read(Bombs.PdfPages(FileLimits.Anonymous.MaxPages + 1), FileLimits.Anonymous));

        Assert.Contains("najwyżej 200 stron PDF", error.Message);
    }
}
