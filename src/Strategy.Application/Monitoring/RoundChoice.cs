using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Monitoring;

internal static class RoundChoice
{
    /// <summary>The round a report page works in: the one asked for, if it is the strategy's; else the strategy's newest open one.</summary>
    public static Task<RoundRefDto?> ForAsync(IAppDbContext db, Guid strategyId, Guid? requested, CancellationToken ct) =>
        db.ReportingRounds.AsNoTracking()
            .Where(r => r.StrategyId == strategyId && (requested == null ? r.ClosedAt == null : r.Id == requested))
            .OrderByDescending(r => r.Year)
            .Select(r => new RoundRefDto(r.Id, r.Year, r.Deadline))
            .FirstOrDefaultAsync(ct);
}
