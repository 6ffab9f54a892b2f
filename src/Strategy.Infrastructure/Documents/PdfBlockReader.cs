using System.Text;
using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Domain.Common;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// Turns the text layer of a PDF into blocks. Words with their positions become lines; lines become
/// paragraphs by their spacing, where a line ends short of the margin and where a list marker starts
/// one; words hyphenated at a line's end are joined. Ruled tables become rows of cells, with a cell
/// spanning rows repeated in each (<see cref="PdfTables"/>). Page numbers and running headers and
/// footers are dropped. Larger or bold short paragraphs are headings. The page count is checked
/// before any page is read; characters are counted as they come; the compressed streams are counted first (<see cref="PdfBudget"/>).
/// </summary>
public sealed class PdfBlockReader
{
    public DocumentBlocks Read(byte[] pdf, FileLimits limits)
    {
        limits.CheckFileSize(pdf.Length);
        PdfBudget.Check(pdf, limits);
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPages)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxPages)} stron PDF");
            }

            var pages = new List<PdfPageText>();
            long characters = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                characters += words.Sum(w => (long)w.Text.Length + 1);
                if (characters > limits.MaxCharacters)
                {
                    throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCharacters)} znaków tekstu");
                }

                pages.Add(PdfPageText.Read(page, number, words));
            }

            if (pages.All(p => p.IsEmpty))
            {
                throw new DomainException(
                    "Plik jest skanem bez warstwy tekstowej: zawiera obrazy stron, nie tekst, więc nie da się z niego odczytać strategii. " +
                    "Wgraj dokument w formie, w jakiej go napisano (DOCX albo PDF zapisany z edytora tekstu), albo przepuść skan przez rozpoznawanie tekstu (OCR), albo wypełnij szablon arkusza strategii.");
            }

            var blocks = new PdfLayout(pages).Blocks();
            if (blocks.Count > limits.MaxRows)
            {
                throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} akapitów i wierszy tabel");
            }

            return new DocumentBlocks(blocks, PlaceUnit.Page);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DomainException("Plik PDF jest zaszyfrowany hasłem. Zapisz go bez hasła (albo wyeksportuj z edytora ponownie) i spróbuj jeszcze raz.");
        }
        catch (Exception e) when (e is not DomainException and not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with several exception types; for the person they are one problem.
            throw new DomainException("Nie można odczytać pliku PDF: jest uszkodzony albo nie jest plikiem PDF. Otwórz go w przeglądarce PDF, zapisz ponownie i spróbuj jeszcze raz.");
        }
    }
}

/// <summary>A line of words on a page, in PDF points (y grows upwards).</summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Top, double Bottom, double Size, bool Bold, double FirstWordWidth, double FirstLetterWidth)
{
    public double Height => Top - Bottom;

    public static PdfLine Of(IReadOnlyList<Word> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Glyphs.Normalise(word.Text));
        }

        var letters = words.SelectMany(w => w.Letters).ToList();
        var size = letters.Count == 0 ? 0 : letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        var bold = letters.Count > 0 && letters.Count(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) * 2 > letters.Count;
        return new PdfLine(
            text.ToString(),
            words.Min(w => w.BoundingBox.Left),
            words.Max(w => w.BoundingBox.Right),
            words.Max(w => w.BoundingBox.Top),
            words.Min(w => w.BoundingBox.Bottom),
            size,
            bold,
            words[0].BoundingBox.Width,
            words[0].Letters.Count > 0 ? words[0].Letters[0].Width : 0);
    }

    /// <summary>Words into lines: a word joins the line whose middle it shares, then each line reads left to right.</summary>
    public static List<PdfLine> Group(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Top).ThenBy(w => w.BoundingBox.Left))
        {
            var middle = (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
            var line = lines.LastOrDefault(l => l.Any(o => o.BoundingBox.Bottom <= middle && middle <= o.BoundingBox.Top));
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return lines.Select(l => Of(l.OrderBy(w => w.BoundingBox.Left).ToList())).ToList();
    }
}

/// <summary>Bullets as fonts encode them (Symbol, Wingdings, OpenSymbol) read as the bullets they show.</summary>
internal static class Glyphs
{
    public static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\uF0B7' or '\uF06C' or '\u25CF' or '\u25AA' or '\u25A0' or '\uF0A7' or '\u2219' => '•',
                '\uF0D8' or '\uF0E8' => '➤',
                '\u25E6' or '\uF06F' => '◦',
                '\u00A0' => ' ',
                var c => c,
            };
        }

        return new string(chars);
    }
}
