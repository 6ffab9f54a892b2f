using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring.Queries.GetRound;

/// <summary>
/// A round as the coordinator follows it: completeness per supplying institution, and what waits for
/// review (values not yet approved). Not for the public.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetRoundQuery(Guid Id) : IQuery<RoundDto>;

public sealed class GetRoundHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetRoundQuery, RoundDto>
{
    public async ValueTask<RoundDto> Handle(GetRoundQuery query, CancellationToken cancellationToken) =>
        await RoundReader.ReadForCallerAsync(db, user, query.Id, cancellationToken);
}
