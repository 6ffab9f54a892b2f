using Strategy.Application.Common.Files;
using Mediator;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Queries.GetImportOptions;

/// <summary>What the import accepts, for those who may import (the import form).</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetImportOptionsQuery : IQuery<ImportOptionsDto>;

public sealed record ImportOptionsDto(int MaxBytes, IReadOnlyList<string> Formats);

public sealed class GetImportOptionsHandler : IQueryHandler<GetImportOptionsQuery, ImportOptionsDto>
{
    public ValueTask<ImportOptionsDto> Handle(GetImportOptionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ImportOptionsDto(FileLimits.SignedIn.MaxFileBytes, StrategyFileReader.Formats));
}
