using Strategy.Application.Benchmarking;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Comparisons this replica has built, kept exactly as long as the shared values they were built from
/// (ADR 0015): building one ranks, summarises and trends every sharing gmina, so readers of the same
/// comparison should not each pay for it.
/// </summary>
public interface IBenchmarkComparisonCache
{
    Task<BenchmarkDto> GetOrBuildAsync(BenchmarkComparisonKey key, Func<CancellationToken, Task<BenchmarkDto>> build, CancellationToken ct);
}

/// <param name="Year">As asked: none means the latest year with values.</param>
public sealed record BenchmarkComparisonKey(Guid MetricId, Guid TenantId, int? Year, PeerFilterDto Filter);
