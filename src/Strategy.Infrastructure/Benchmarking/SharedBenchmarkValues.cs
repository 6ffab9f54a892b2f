using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// The platform's one cross-gmina query of strategy data (ADR 0015). It lifts the tenant query filter
/// and, on SQL Server, row-level security (audited, once per cache load) and reads only what a gmina
/// that shares has made its own: values of indicators mapped to the metric in an adopted or archived
/// strategy (a draft's are not the gmina's word yet), not "no data", and population figures. Gminy that
/// do not share are never read, except the current gmina's own rows, read inside its own walls.
/// </summary>
public sealed class SharedBenchmarkValues(AppDbContext db, IRowLevelSecurityBypass bypass, BenchmarkCacheSession cache) : ISharedBenchmarkValues
{
    private const string PeersKey = "benchmark:peers";

    public async Task<IReadOnlyList<SharedValue>> ReadAsync(BenchmarkMetric metric, TenantInfo current, bool currentShares, CancellationToken ct)
    {
        var key = "benchmark:metric:" + metric.Id;
        var peers = await cache.GetOrLoadAsync(PeersKey, LoadPeersAsync, ct);
        var shared = await cache.GetOrLoadAsync(key, c => LoadSharedAsync(metric, peers, c), ct);
        if (currentShares)
        {
            return shared;
        }

        var own = await OwnAsync(metric, current, ct);
        return own.Count == 0 ? shared : [.. shared, .. own];
    }

    private async Task<IReadOnlyList<SharedValue>> LoadSharedAsync(BenchmarkMetric metric, Peers peers, CancellationToken ct)
    {
        await using (await bypass.EnterAsync($"Porównanie gmin: wartości miernika „{metric.Code}” gmin, które je udostępniają", ct))
        {
            var values = metric.Code == BenchmarkMetric.PopulationCode
                ? []
                : await Values(
                        db.Indicators.IgnoreQueryFilters([AppDbContext.TenantFilter]), db.Measurements.IgnoreQueryFilters([AppDbContext.TenantFilter]),
                        db.Elements.IgnoreQueryFilters([AppDbContext.TenantFilter]), db.Strategies.IgnoreQueryFilters([AppDbContext.TenantFilter]),
                        db.Tenants.Where(t => t.SharesBenchmarks && t.State == TenantState.Active), metric.Id)
                    .ToListAsync(ct);
            return Combine(metric, peers, values);
        }
    }

    /// <summary>Every sharing, active gmina with its population by year: the same for every metric, so loaded once.</summary>
    private async Task<Peers> LoadPeersAsync(CancellationToken ct)
    {
        await using (await bypass.EnterAsync("Porównanie gmin: gminy, które udostępniają wartości, i ich liczba mieszkańców", ct))
        {
            var gminy = await db.Tenants.AsNoTracking()
                .Where(t => t.SharesBenchmarks && t.State == TenantState.Active)
                .Select(t => new Gmina(t.Id, t.Identifier, t.Name, t.Kind, t.Voivodeship))
                .ToListAsync(ct);
            var population = await db.PopulationFigures.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Join(db.Tenants.Where(t => t.SharesBenchmarks && t.State == TenantState.Active), p => p.TenantId, t => t.Id, (p, _) => new { p.TenantId, p.Year, p.Residents })
                .ToListAsync(ct);
            return new Peers(gminy, population.ToDictionary(p => (p.TenantId, p.Year), p => p.Residents));
        }
    }

    /// <summary>The current gmina's own rows when it does not share: inside its walls, no bypass, not cached.</summary>
    private async Task<IReadOnlyList<SharedValue>> OwnAsync(BenchmarkMetric metric, TenantInfo current, CancellationToken ct)
    {
        var gmina = new Gmina(current.Id, current.Identifier, current.Name, current.Kind, current.Voivodeship);
        var population = await db.PopulationFigures.AsNoTracking().ToDictionaryAsync(p => (p.TenantId, p.Year), p => p.Residents, ct);
        var values = metric.Code == BenchmarkMetric.PopulationCode
            ? []
            : await Values(db.Indicators, db.Measurements, db.Elements, db.Strategies, db.Tenants.Where(t => t.Id == current.Id), metric.Id).ToListAsync(ct);
        return Combine(metric, new Peers([gmina], population), values, shares: false);
    }

    /// <param name="tenants">The gminy whose values are read.</param>
    private static IQueryable<MetricValue> Values(IQueryable<Domain.Indicators.Indicator> indicators, IQueryable<Domain.Indicators.Measurement> measurements, IQueryable<StrategyElement> elements, IQueryable<MunicipalStrategy> strategies, IQueryable<Tenant> tenants, Guid metricId) =>
        from i in indicators
        where i.BenchmarkMetricId == metricId
        join m in measurements on i.Id equals m.IndicatorId
        where !m.NoData && m.Value != null
        join e in elements on i.ElementId equals e.Id
        join s in strategies on e.StrategyId equals s.Id
        where s.Status != StrategyStatus.Draft
        join t in tenants on m.TenantId equals t.Id
        select new MetricValue(m.TenantId, m.Year, m.Value!.Value, s.Status == StrategyStatus.Adopted, i.Id);

    /// <summary>
    /// One value per gmina and year. Should a gmina map two indicators to one metric, the adopted
    /// strategy's wins over an archived one's, then the first indicator by id: arbitrary but stable.
    /// </summary>
    private static List<SharedValue> Combine(BenchmarkMetric metric, Peers peers, List<MetricValue> values, bool shares = true)
    {
        var result = new List<SharedValue>();
        if (metric.Code == BenchmarkMetric.PopulationCode)
        {
            var byId = peers.Gminy.ToDictionary(g => g.Id);
            foreach (var ((tenantId, year), residents) in peers.Population)
            {
                if (byId.TryGetValue(tenantId, out var g))
                {
                    result.Add(new SharedValue(g.Id, g.Identifier, g.Name, g.Kind, g.Voivodeship, year, residents, residents, shares));
                }
            }

            return result;
        }

        var gminy = peers.Gminy.ToDictionary(g => g.Id);
        foreach (var v in values.GroupBy(v => (v.TenantId, v.Year)).Select(g => g.OrderByDescending(v => v.Adopted).ThenBy(v => v.IndicatorId).First()))
        {
            if (gminy.TryGetValue(v.TenantId, out var g))
            {
                result.Add(new SharedValue(g.Id, g.Identifier, g.Name, g.Kind, g.Voivodeship, v.Year, v.Value,
                    peers.Population.TryGetValue((v.TenantId, v.Year), out var r) ? r : null, shares));
            }
        }

        return result;
    }

    private sealed record Gmina(Guid Id, string Identifier, string Name, MunicipalityKind Kind, string Voivodeship);

    private sealed record Peers(IReadOnlyList<Gmina> Gminy, IReadOnlyDictionary<(Guid TenantId, int Year), int> Population);

    private sealed record MetricValue(Guid TenantId, int Year, decimal Value, bool Adopted, Guid IndicatorId);
}
