using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Turns a DOCX body into lines: a paragraph is a line; a table row is its cells joined by tabs.
/// A cell with several paragraphs keeps them as &lt;p&gt; fragments, as the text extractions of
/// strategy documents do, so the same parser reads both.
/// </summary>
public sealed class DocxTextExtractor : IDocumentTextExtractor
{
    public string ExtractText(Stream docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DomainException("Plik DOCX nie zawiera treści dokumentu.");
            var text = new StringBuilder();
            foreach (var block in body.ChildElements)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        text.AppendLine(paragraph.InnerText);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            text.AppendLine(string.Join('\t', row.Elements<TableCell>().Select(Cell)));
                        }

                        break;
                }
            }

            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            // Password-protected Word files are not ZIP packages at all, so they fail the same way a damaged one does.
            throw new DomainException("Nie można odczytać pliku DOCX: jest zaszyfrowany hasłem albo uszkodzony. Zapisz go w Wordzie bez hasła jako .docx i spróbuj ponownie.");
        }
    }

    private static string Cell(TableCell cell)
    {
        var paragraphs = cell.Elements<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0).ToList();
        return paragraphs.Count <= 1
            ? paragraphs.SingleOrDefault() ?? ""
            : string.Join(" ", paragraphs.Select(p => $"<p>{p}</p>"));
    }
}
