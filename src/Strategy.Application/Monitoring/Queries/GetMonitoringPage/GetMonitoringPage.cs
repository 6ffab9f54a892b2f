using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring.Queries.GetMonitoringPage;

/// <summary>The monitoring page: the gmina's rounds, its strategies to open a round for, and whether the caller may open one.</summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetMonitoringPageQuery : IQuery<MonitoringPageDto>;

/// <param name="CanOpen">Whether the caller opens rounds (the coordinator, the tenant admin); the command checks again.</param>
public sealed record MonitoringPageDto(IReadOnlyList<RoundSummaryDto> Rounds, IReadOnlyList<StrategySummaryDto> Strategies, bool CanOpen);

public sealed class GetMonitoringPageHandler(IAppDbContext db, Audience audience, ICurrentUser user) : IQueryHandler<GetMonitoringPageQuery, MonitoringPageDto>
{
    public async ValueTask<MonitoringPageDto> Handle(GetMonitoringPageQuery query, CancellationToken cancellationToken) => new(
        await RoundSummaries.ListAsync(db, cancellationToken),
        await StrategySummaries.ListAsync(db, audience, cancellationToken),
        await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken));
}
