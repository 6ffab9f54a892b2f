using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Import.Blocks;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Reads a strategy document as the blocks the structure reader understands: paragraphs, headings,
/// list items and table rows, in reading order. Each call counts what it reads against the limits.
/// </summary>
public interface IDocumentBlockReader
{
    /// <summary>A Word document. Throws a <c>DomainException</c> for an encrypted or damaged file, or the limit it goes over.</summary>
    DocumentBlocks ReadDocx(Stream docx, FileLimits limits);

    /// <summary>A PDF with a text layer. Throws a <c>DomainException</c> for a scan, an encrypted or damaged file, or the limit it goes over.</summary>
    DocumentBlocks ReadPdf(byte[] pdf, FileLimits limits);
}
