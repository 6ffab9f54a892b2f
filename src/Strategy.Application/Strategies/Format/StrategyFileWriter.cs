using System.Text;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Strategies.Spreadsheet;

namespace Strategy.Application.Strategies.Format;

/// <summary>The file formats a strategy is written in: JSON (complete), XLSX and CSV (to edit in a spreadsheet).</summary>
public enum StrategyFileFormat
{
    Json,
    Xlsx,
    Csv,
}

/// <summary>A file to download: its content and what to call it.</summary>
public sealed record StrategyFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writes a strategy model — or the empty spreadsheet template — in one of the formats the import reads back.</summary>
public sealed class StrategyFileWriter(IXlsxFiles xlsx)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    public StrategyFile Write(StrategyModel model, StrategyFileFormat format, string baseName) => format switch
    {
        StrategyFileFormat.Json => new($"{baseName}.json", "application/json", Encoding.UTF8.GetBytes(StrategyModelJson.Write(model))),
        _ => Sheets(StrategySheets.Of(model), format, baseName),
    };

    public StrategyFile Template(StrategyFileFormat format) => format == StrategyFileFormat.Json
        ? throw new ArgumentOutOfRangeException(nameof(format), "The JSON format has a schema, not a template.")
        : Sheets(format == StrategyFileFormat.Xlsx ? [.. StrategySheets.Template(), StrategySheets.Instructions] : StrategySheets.Template(), format, "szablon-strategii");

    private StrategyFile Sheets(IReadOnlyList<SheetContent> sheets, StrategyFileFormat format, string baseName) => format == StrategyFileFormat.Xlsx
        ? new($"{baseName}.xlsx", XlsxContentType, xlsx.Write(sheets))
        : new($"{baseName}.csv", CsvContentType, CsvSheets.Write(sheets));
}
