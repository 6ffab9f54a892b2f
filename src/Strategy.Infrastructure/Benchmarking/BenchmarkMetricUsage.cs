using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// Lifts the tenant filter for one purpose only: counting the indicators of all gminy mapped to the
/// catalogue's metrics, for platform admins keeping the catalogue (a metric in use is not deleted).
/// Nothing but counts leaves. The rows belong to several gminy, so on SQL Server row-level security
/// is lifted too, audited (ADR 0013).
/// </summary>
public sealed class BenchmarkMetricUsage(AppDbContext db, IRowLevelSecurityBypass bypass) : IBenchmarkMetricUsage
{
    private const string Reason = "Katalog mierników: liczba wskaźników gmin przypisanych do mierników.";

    public async Task<int> MappedIndicatorsAsync(Guid metricId, CancellationToken ct)
    {
        await using (await bypass.EnterAsync(Reason, ct))
        {
            return await db.Indicators.IgnoreQueryFilters([AppDbContext.TenantFilter]).CountAsync(i => i.BenchmarkMetricId == metricId, ct);
        }
    }

    public async Task<IReadOnlyDictionary<Guid, int>> MappedIndicatorsAsync(CancellationToken ct)
    {
        await using (await bypass.EnterAsync(Reason, ct))
        {
            return await db.Indicators.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(i => i.BenchmarkMetricId != null)
                .GroupBy(i => i.BenchmarkMetricId!.Value)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }
    }
}
