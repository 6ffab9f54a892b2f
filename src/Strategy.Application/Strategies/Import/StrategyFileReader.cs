using System.Text;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Application.Strategies.Spreadsheet;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Reads a strategy file by its extension: a JSON document in the strategy model format, or the
/// strategy document itself as text, DOCX or PDF, or the spreadsheet form (XLSX, CSV) of <see cref="StrategySheets"/>.
/// Used by the import and by onboarding alike.
/// </summary>
public sealed class StrategyFileReader(IDocumentBlockReader documents, IXlsxFiles xlsx)
{
    /// <summary>The file types read, by extension.</summary>
    public static readonly IReadOnlyList<string> Formats = [".json", ".txt", ".docx", ".pdf", ".xlsx", ".csv"];

    /// <summary>The formats as a person reads them in a message.</summary>
    public const string FormatNames = "PDF, DOCX, TXT, JSON, XLSX albo CSV";

    /// <param name="limits">What reading it may cost: <see cref="FileLimits.Anonymous"/> for a sign-up, else <see cref="FileLimits.SignedIn"/>.</param>
    public (StrategyModel Model, IReadOnlyList<string> Warnings, IReadOnlyList<string> Guesses) Read(string fileName, byte[] content, string? title, FileLimits limits)
    {
        limits.CheckFileSize(content.Length);

        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".json":
                return (StrategyModelJson.Parse(Text(content, limits)), [], []);
            case ".txt":
                return FromBlocks(DocumentBlocks.FromText(Text(content, limits)), title);
            case ".docx":
                using (var stream = new MemoryStream(content, writable: false))
                {
                    return FromBlocks(documents.ReadDocx(stream, limits), title);
                }

            case ".pdf":
                return FromBlocks(documents.ReadPdf(content, limits), title);

            case ".xlsx":
                using (var stream = new MemoryStream(content, writable: false))
                {
                    return FromSheets(xlsx.Read(stream, limits), title, namedSheets: true);
                }

            case ".csv":
                return FromSheets(CsvSheets.Read(CsvFile.Decode(content), StrategySheets.CsvParts, limits), title, namedSheets: false);

            default:
                throw new DomainException($"Nieznany format pliku „{fileName}”. Import przyjmuje pliki {string.Join(", ", Formats)}.");
        }
    }

    /// <summary>A text file, counted in characters and lines before anything parses it.</summary>
    private static string Text(byte[] content, FileLimits limits)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Length > limits.MaxCharacters)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxCharacters)} znaków tekstu");
        }

        if (text.AsSpan().Count('\n') >= limits.MaxRows)
        {
            throw limits.Exceeded($"najwyżej {limits.Count(limits.MaxRows)} wierszy tekstu");
        }

        return text;
    }

    /// <summary>The template by its own reader (errors named by sheet, row and column); any other spreadsheet as a document's table.</summary>
    /// <param name="namedSheets">Whether the sheets' names are the file's own (a workbook), not given by the reader (a CSV's parts).</param>
    private static (StrategyModel, IReadOnlyList<string>, IReadOnlyList<string>) FromSheets(IReadOnlyList<Sheet> sheets, string? title, bool namedSheets)
    {
        if (!StrategySheets.IsTemplate(sheets, namedSheets))
        {
            return FromBlocks(DocumentBlocks.FromSheets(sheets.Select(s => s.Rows)), title);
        }

        var (model, warnings) = StrategySheetReader.Read(sheets, title);
        return (model, warnings.Select(w => w.ToString()).ToList(), []);
    }

    private static (StrategyModel, IReadOnlyList<string>, IReadOnlyList<string>) FromBlocks(DocumentBlocks blocks, string? title)
    {
        var parsed = StrategyDocumentParser.Parse(blocks, title);
        return (parsed.Model, parsed.Warnings.Select(w => $"{blocks.Where(w.Line)}: {w.Message}").ToList(), parsed.Guesses ?? []);
    }
}
