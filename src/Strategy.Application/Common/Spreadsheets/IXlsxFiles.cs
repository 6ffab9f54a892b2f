using Strategy.Application.Common.Files;

namespace Strategy.Application.Common.Spreadsheets;

/// <summary>Reads and writes Excel workbooks (XLSX).</summary>
public interface IXlsxFiles
{
    /// <summary>
    /// Every sheet, in workbook order. Throws a <c>DomainException</c> naming the problem for a damaged or
    /// encrypted file, or the limit a file goes over (checked before it is parsed, and as it is read).
    /// </summary>
    IReadOnlyList<Sheet> Read(Stream xlsx, FileLimits limits);

    /// <summary>A workbook with these sheets; header rows bold and frozen.</summary>
    byte[] Write(IReadOnlyList<SheetContent> sheets);
}
