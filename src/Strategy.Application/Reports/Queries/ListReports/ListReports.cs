using Strategy.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Reports.Queries.ListReports;

/// <summary>A strategy's annual reports: the years of its period (to prepare) and what was published, every version.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record ListReportsQuery(Guid StrategyId) : IQuery<ReportsDto>;

/// <param name="Years">The years a report can be prepared for, newest first: the strategy's period up to the last ended year (or the latest round's).</param>
/// <param name="CanPrepare">Whether the caller may write and publish the reports (the coordinator, the tenant admin).</param>
public sealed record ReportsDto(Guid StrategyId, string Title, IReadOnlyList<int> Years, IReadOnlyList<PublishedVersionDto> Published, bool CanPrepare);

public sealed class ListReportsHandler(IAppDbContext db, Audience audience, TimeProvider clock, ICurrentUser user) : IQueryHandler<ListReportsQuery, ReportsDto>
{
    public async ValueTask<ReportsDto> Handle(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.StrategyId, cancellationToken);
        if (strategy is null || !await audience.MaySeeAsync(strategy.Status, cancellationToken))
        {
            throw new NotFoundException("strategia", query.StrategyId);
        }

        // A year is reported once it has ended (Polish time), or earlier when a reporting round for it is already open.
        var ended = PolishTime.Day(clock.GetUtcNow()).Year - 1;
        var rounds = await db.ReportingRounds.AsNoTracking().Where(r => r.StrategyId == strategy.Id).Select(r => (int?)r.Year).MaxAsync(cancellationToken);
        var latest = Math.Max(ended, rounds ?? ended);
        var last = Math.Min(strategy.PeriodEnd ?? latest, latest);
        var first = strategy.PeriodStart ?? last;
        var years = first <= last ? Enumerable.Range(first, last - first + 1).Reverse().ToList() : [];
        return new ReportsDto(strategy.Id, strategy.Title, years, await PublishedVersions.OfAsync(db, strategy.Id, null, cancellationToken),
            await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken));
    }
}
