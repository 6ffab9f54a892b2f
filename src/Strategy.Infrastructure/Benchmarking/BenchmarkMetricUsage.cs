using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// Lifts the tenant filter for one purpose only: counting the indicators of all gminy mapped to a
/// metric, before a platform admin deletes it. Nothing but the count leaves. The rows belong to
/// several gminy, so on SQL Server row-level security is lifted too, audited (ADR 0013).
/// </summary>
public sealed class BenchmarkMetricUsage(AppDbContext db, IRowLevelSecurityBypass bypass) : IBenchmarkMetricUsage
{
    public async Task<int> MappedIndicatorsAsync(Guid metricId, CancellationToken ct)
    {
        await using (await bypass.EnterAsync("Usuwanie miernika z katalogu: czy przypisał go któraś gmina.", ct))
        {
            return await db.Indicators.IgnoreQueryFilters([AppDbContext.TenantFilter]).CountAsync(i => i.BenchmarkMetricId == metricId, ct);
        }
    }
}
