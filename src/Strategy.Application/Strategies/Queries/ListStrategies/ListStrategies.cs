using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.ListStrategies;

/// <summary>The current gmina's strategies, newest period first: for its members all, for the public only the adopted ones.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record ListStrategiesQuery : IQuery<IReadOnlyList<StrategySummaryDto>>;

public sealed class ListStrategiesHandler(IAppDbContext db, Audience audience) : IQueryHandler<ListStrategiesQuery, IReadOnlyList<StrategySummaryDto>>
{
    public async ValueTask<IReadOnlyList<StrategySummaryDto>> Handle(ListStrategiesQuery query, CancellationToken cancellationToken) =>
        await StrategySummaries.ListAsync(db, audience, cancellationToken);
}
