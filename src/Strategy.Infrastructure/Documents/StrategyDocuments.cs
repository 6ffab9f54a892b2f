using Strategy.Application.Common.Files;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Import.Blocks;

namespace Strategy.Infrastructure.Documents;

/// <summary>The strategy document readers behind one port: DOCX and PDF into the same blocks.</summary>
public sealed class StrategyDocuments : IDocumentBlockReader
{
    private readonly DocxBlockReader _docx = new();
    private readonly PdfBlockReader _pdf = new();

    public DocumentBlocks ReadDocx(Stream docx, FileLimits limits) => _docx.Read(docx, limits);

    public DocumentBlocks ReadPdf(byte[] pdf, FileLimits limits) => _pdf.Read(pdf, limits);
}
