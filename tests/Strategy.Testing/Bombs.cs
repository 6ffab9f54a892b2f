using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Infrastructure.Documents;

namespace Strategy.Testing;

/// <summary>
/// Small files that unpack or parse into a great deal: what a hostile uploader sends. Each is a real
/// package (a workbook or document the Open XML SDK would open) with one part replaced.
/// </summary>
public static class Bombs
{
    /// <summary>One cell at column XFD in each of <paramref name="rows"/> rows: a few kB that a padding reader turns into 16,384 cells a row.</summary>
    public static byte[] XlsxFarRightCells(int rows = 2_000) =>
        Xlsx(Repeat("<sheetData>", rows, i => $"<row r=\"{i + 1}\"><c r=\"XFD{i + 1}\" t=\"inlineStr\"><is><t>x</t></is></c></row>", "</sheetData>"));

    /// <summary>A row numbered 1,000,000: a reader that pads rows allocates a million of them.</summary>
    public static byte[] XlsxFarDownRow() =>
        Xlsx("<sheetData><row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>");

    /// <summary>A sheet part of <paramref name="megabytes"/> MB of one repeated cell: compresses a thousandfold.</summary>
    public static byte[] XlsxUnpackingToMegabytes(int megabytes) =>
        Xlsx(Repeat("<sheetData><row r=\"1\">", megabytes * 1024 * 1024 / 64, _ => "<c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxxxxxx</t></is></c>", "</row></sheetData>"));

    /// <summary>A document of <paramref name="paragraphs"/> empty paragraphs.</summary>
    public static byte[] DocxEmptyParagraphs(int paragraphs) =>
        Docx(Repeat("<w:body>", paragraphs, _ => "<w:p/>", "</w:body>"));

    /// <summary>A valid document with <paramref name="parts"/> extra (unreferenced) parts in its package.</summary>
    public static byte[] DocxWithParts(int parts)
    {
        var docx = Docx("<w:body><w:p><w:r><w:t>Strategia</w:t></w:r></w:p></w:body>");
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < parts; i++)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"customXml/item{i}.xml").Open());
                writer.Write("<a/>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>A CSV line of <paramref name="columns"/> fields, repeated <paramref name="rows"/> times.</summary>
    public static byte[] CsvWide(int columns, int rows = 1) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(string.Join(';', Enumerable.Repeat("x", columns)) + "\r\n", rows)));

    /// <summary>A one-page PDF whose page content is a Flate stream of zeros that inflates to <paramref name="megabytes"/> MB.</summary>
    public static byte[] PdfUnpackingToMegabytes(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(zeros);
            }
        }

        var head = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n" +
            $"4 0 obj<</Length {packed.Length}/Filter/FlateDecode>>stream\n");
        return [.. head, .. packed.ToArray(), .. Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")];
    }

    /// <summary>A PDF of <paramref name="pages"/> empty pages: a few bytes a page, each one a reader would otherwise lay out.</summary>
    public static byte[] PdfPages(int pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>Text that a backtracking "&lt;[^&gt;]+&gt;" takes quadratic time over: '&lt;' and never a '&gt;'.</summary>
    public static byte[] PathologicalText(int bytes) => Encoding.UTF8.GetBytes(new string('<', bytes));

    private static byte[] Xlsx(string sheetData)
    {
        var workbook = new XlsxFiles().Write([new SheetContent("Arkusz", ["x"], [])]);
        return Replace(workbook, "xl/worksheets/", $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{sheetData}</worksheet>");
    }

    private static byte[] Docx(string body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body());
        }

        return Replace(stream.ToArray(), "word/document", $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{body}</w:document>");
    }

    /// <summary>The package with the content of its part whose name starts with <paramref name="partPrefix"/> replaced.</summary>
    private static byte[] Replace(byte[] package, string partPrefix, string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith(partPrefix, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    private static string Repeat(string head, int count, Func<int, string> item, string tail)
    {
        var text = new StringBuilder(head);
        for (var i = 0; i < count; i++)
        {
            text.Append(item(i));
        }

        return text.Append(tail).ToString();
    }
}
