using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>The current gmina's strategies, newest period first: for its members all, for the public only the adopted ones.</summary>
public static class StrategySummaries
{
    public static async Task<IReadOnlyList<StrategySummaryDto>> ListAsync(IAppDbContext db, Audience audience, CancellationToken ct)
    {
        var strategies = db.Strategies.AsNoTracking();
        if (!await audience.IsMemberAsync(ct))
        {
            strategies = strategies.Where(s => s.Status == StrategyStatus.Adopted);
        }

        return await strategies
            .OrderByDescending(s => s.PeriodStart)
            .ThenBy(s => s.Title)
            .ProjectToSummary()
            .ToListAsync(ct);
    }
}
