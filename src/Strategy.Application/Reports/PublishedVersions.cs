using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Reports;

internal static class PublishedVersions
{
    /// <summary>The published versions of a strategy's reports, newest year first, a year's versions in order; one year or all.</summary>
    public static Task<List<PublishedVersionDto>> OfAsync(IAppDbContext db, Guid strategyId, int? year, CancellationToken ct) =>
        db.PublishedReports.AsNoTracking()
            .Where(r => r.StrategyId == strategyId && (year == null || r.Year == year))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Number)
            .Select(r => new PublishedVersionDto(r.Year, r.Number, r.PublishedAt, r.PublishedBy))
            .ToListAsync(ct);
}
