using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>The gmina's reporting rounds, newest year first, with how far each has come: the API's list and the monitoring page.</summary>
internal static class RoundSummaries
{
    public static async Task<IReadOnlyList<RoundSummaryDto>> ListAsync(IAppDbContext db, CancellationToken ct)
    {
        var rounds = await db.ReportingRounds.AsNoTracking()
            .OrderByDescending(r => r.Year)
            .Select(r => new RoundSummaryDto(
                r.Id,
                r.StrategyId,
                r.Year,
                r.Deadline,
                r.ClosedAt == null,
                0,
                db.MeasurementEntries.Count(x => x.RoundId == r.Id && x.Status == ReviewStatus.Submitted),
                db.MeasurementEntries.Count(x => x.RoundId == r.Id && x.Status == ReviewStatus.Approved)))
            .ToListAsync(ct);

        // Archived elements' indicators are no longer reported: counted per strategy, not per round.
        var indicators = new Dictionary<Guid, int>();
        foreach (var strategyId in rounds.Select(r => r.StrategyId).Distinct())
        {
            indicators[strategyId] = await ActiveElements.IndicatorCountAsync(db, strategyId, ct);
        }

        return rounds.Select(r => r with { Indicators = indicators[r.StrategyId] }).ToList();
    }
}
