using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Strategies;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.ListStrategies;

/// <summary>The current gmina's strategies, newest period first: for its members all, for the public only the adopted ones.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record ListStrategiesQuery : IQuery<IReadOnlyList<StrategySummaryDto>>;

public sealed class ListStrategiesHandler(IAppDbContext db, Audience audience) : IQueryHandler<ListStrategiesQuery, IReadOnlyList<StrategySummaryDto>>
{
    public async ValueTask<IReadOnlyList<StrategySummaryDto>> Handle(ListStrategiesQuery query, CancellationToken cancellationToken)
    {
        var strategies = db.Strategies.AsNoTracking();
        if (!await audience.IsMemberAsync(cancellationToken))
        {
            strategies = strategies.Where(s => s.Status == StrategyStatus.Adopted);
        }

        return await strategies
            .OrderByDescending(s => s.PeriodStart)
            .ThenBy(s => s.Title)
            .ProjectToSummary()
            .ToListAsync(cancellationToken);
    }
}
