using Strategy.Application.Common.Files;
using Mediator;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Queries.ConvertStrategyFile;

/// <summary>
/// A file to import, as read, in another format — nothing is saved. It is how a larger correction
/// than the preview offers is made: read the document, fix the spreadsheet (or the JSON), import that.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ConvertStrategyFileQuery(string FileName, byte[] Content, string? Title, StrategyFileFormat Format, ImportCorrections? Corrections = null) : IQuery<StrategyFile>;

public sealed class ConvertStrategyFileHandler(StrategyFileReader reader, StrategyFileWriter writer) : IQueryHandler<ConvertStrategyFileQuery, StrategyFile>
{
    public ValueTask<StrategyFile> Handle(ConvertStrategyFileQuery query, CancellationToken cancellationToken)
    {
        var (model, _, _) = reader.Read(query.FileName, query.Content, query.Title, FileLimits.SignedIn);
        var corrected = query.Corrections?.Apply(model) ?? model;
        return ValueTask.FromResult(writer.Write(corrected, query.Format, Path.GetFileNameWithoutExtension(query.FileName) + "-odczyt"));
    }
}
