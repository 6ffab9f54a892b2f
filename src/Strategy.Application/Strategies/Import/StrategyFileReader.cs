using System.Text;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Spreadsheet;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Reads a strategy file by its extension: a JSON document in the strategy model format, or the
/// strategy document itself as text or DOCX, or the spreadsheet form (XLSX, CSV) of <see cref="StrategySheets"/>.
/// Used by the import and by onboarding alike.
/// </summary>
public sealed class StrategyFileReader(IDocumentTextExtractor docx, IXlsxFiles xlsx)
{
    /// <summary>The file types read, by extension.</summary>
    public static readonly IReadOnlyList<string> Formats = [".json", ".txt", ".docx", ".xlsx", ".csv"];

    /// <summary>The formats as a person reads them in a message.</summary>
    public const string FormatNames = "DOCX, TXT, JSON, XLSX albo CSV";

    /// <summary>5 MB: far more than any gmina's strategy (Chrzanów's document is about 75 kB of text).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public (StrategyModel Model, IReadOnlyList<string> Warnings) Read(string fileName, byte[] content, string? title)
    {
        if (content.Length > MaxBytes)
        {
            throw new DomainException("Plik jest za duży: dopuszczalne jest 5 MB.");
        }

        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".json":
                return (StrategyModelJson.Parse(Encoding.UTF8.GetString(content)), []);
            case ".txt":
                return FromText(Encoding.UTF8.GetString(content), title);
            case ".docx":
                using (var stream = new MemoryStream(content, writable: false))
                {
                    return FromText(docx.ExtractText(stream), title);
                }

            case ".xlsx":
                using (var stream = new MemoryStream(content, writable: false))
                {
                    return FromSheets(xlsx.Read(stream), title);
                }

            case ".csv":
                return FromSheets(CsvSheets.Read(CsvFile.Decode(content), StrategySheets.CsvParts), title);

            default:
                throw new DomainException($"Nieznany format pliku „{fileName}”. Import przyjmuje pliki {string.Join(", ", Formats)}.");
        }
    }

    private static (StrategyModel, IReadOnlyList<string>) FromSheets(IReadOnlyList<Sheet> sheets, string? title)
    {
        var (model, warnings) = StrategySheetReader.Read(sheets, title);
        return (model, warnings.Select(w => w.ToString()).ToList());
    }

    private static (StrategyModel, IReadOnlyList<string>) FromText(string text, string? title)
    {
        var parsed = StrategyDocumentParser.Parse(text, title);
        return (parsed.Model, parsed.Warnings.Select(w => $"Wiersz {w.Line}: {w.Message}").ToList());
    }
}
