using Mediator;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Queries.GetStrategyTemplate;

/// <summary>
/// The empty spreadsheet to write a strategy into for import. Anyone may have it: a gmina fills it
/// before it signs up, so that it can start from its own strategy.
/// </summary>
[AllowAnyone]
public sealed record GetStrategyTemplateQuery(StrategyFileFormat Format) : IQuery<StrategyFile>;

public sealed class GetStrategyTemplateHandler(StrategyFileWriter files) : IQueryHandler<GetStrategyTemplateQuery, StrategyFile>
{
    public ValueTask<StrategyFile> Handle(GetStrategyTemplateQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(files.Template(query.Format));
}
