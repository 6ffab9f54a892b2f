using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring.Queries.ListRounds;

/// <summary>The gmina's reporting rounds, newest year first, with how far each has come. Not for the public.</summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record ListRoundsQuery : IQuery<IReadOnlyList<RoundSummaryDto>>;

public sealed class ListRoundsHandler(IAppDbContext db) : IQueryHandler<ListRoundsQuery, IReadOnlyList<RoundSummaryDto>>
{
    public async ValueTask<IReadOnlyList<RoundSummaryDto>> Handle(ListRoundsQuery query, CancellationToken cancellationToken) =>
        await RoundSummaries.ListAsync(db, cancellationToken);
}
