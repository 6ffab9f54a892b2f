namespace Strategy.Application.Common.Spreadsheets;

/// <summary>A problem in one place of an uploaded spreadsheet or CSV file.</summary>
public sealed record CellError(string Sheet, int Row, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"{Sheet}, wiersz {Row}: {Message}" : $"{Sheet}, wiersz {Row}, kolumna „{Column}”: {Message}";
}

/// <summary>An uploaded file that cannot be taken as it is; every problem found is listed, not only the first.</summary>
public sealed class SpreadsheetException(IReadOnlyList<CellError> errors)
    : Exception($"Plik zawiera błędy ({errors.Count}). Nic nie zostało zapisane.")
{
    public IReadOnlyList<CellError> Errors { get; } = errors;
}
