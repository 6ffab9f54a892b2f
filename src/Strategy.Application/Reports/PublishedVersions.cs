using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Reports;

internal static class PublishedVersions
{
    /// <summary>A strategy the caller may not see (the public and a strategy not adopted) has no reports for them either.</summary>
    public static async Task EnsureVisibleAsync(IAppDbContext db, Audience audience, Guid strategyId, CancellationToken ct)
    {
        var status = await db.Strategies.Where(s => s.Id == strategyId).Select(s => (Domain.Strategies.StrategyStatus?)s.Status).SingleOrDefaultAsync(ct);
        if (status is not { } known || !await audience.MaySeeAsync(known, ct))
        {
            throw new NotFoundException("strategia", strategyId);
        }
    }

    /// <summary>The published versions of a strategy's reports, newest year first, a year's versions in order; one year or all.</summary>
    public static Task<List<PublishedVersionDto>> OfAsync(IAppDbContext db, Guid strategyId, int? year, CancellationToken ct) =>
        db.PublishedReports.AsNoTracking()
            .Where(r => r.StrategyId == strategyId && (year == null || r.Year == year))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Number)
            .Select(r => new PublishedVersionDto(r.Year, r.Number, r.PublishedAt, r.PublishedBy))
            .ToListAsync(ct);
}
