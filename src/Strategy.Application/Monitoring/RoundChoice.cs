using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring;

internal static class RoundChoice
{
    /// <summary>
    /// The round a report page works in: the one asked for, if it is the strategy's; else the strategy's newest open one.
    /// With a round to report in, the caller must be one who reports (403 otherwise); without one there is nothing to report.
    /// </summary>
    public static async Task<RoundRefDto?> ForReportingAsync(IAppDbContext db, ICurrentUser user, Guid strategyId, Guid? requested, CancellationToken ct)
    {
        var round = await db.ReportingRounds.AsNoTracking()
            .Where(r => r.StrategyId == strategyId && (requested == null ? r.ClosedAt == null : r.Id == requested))
            .OrderByDescending(r => r.Year)
            .Select(r => new RoundRefDto(r.Id, r.Year, r.Deadline))
            .FirstOrDefaultAsync(ct);
        return round is not null && !await CallerPermissions.PersonHasAsync(user, Permission.ReportData, ct) ? throw new ForbiddenException() : round;
    }
}
