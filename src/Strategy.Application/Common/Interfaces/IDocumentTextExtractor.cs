using Strategy.Application.Common.Files;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Reads a Word document (DOCX) as the text the strategy document parser understands: one line per
/// paragraph, one tab-separated line per table row.
/// </summary>
public interface IDocumentTextExtractor
{
    /// <summary>Throws a <c>DomainException</c> naming the problem for an encrypted or damaged file, or the limit it goes over.</summary>
    string ExtractText(Stream docx, FileLimits limits);
}
