using Strategy.Domain.Benchmarking;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// The one read across gminy (ADR 0015): a metric's values of every gmina that shares them, all years,
/// and the current gmina's own whether it shares or not. Only values a gmina made its own — approved
/// measurements of an adopted or archived strategy, population figures — are in it.
/// </summary>
public interface ISharedBenchmarkValues
{
    /// <param name="currentShares">Whether the current gmina shares: when not, its own rows are read besides (they are not in the shared set).</param>
    Task<IReadOnlyList<SharedValue>> ReadAsync(BenchmarkMetric metric, TenantInfo current, bool currentShares, CancellationToken ct);
}

/// <param name="Shares">False only for the current gmina's own values when it does not share them.</param>
/// <param name="Residents">The gmina's population that year, when it has one.</param>
public sealed record SharedValue(
    Guid TenantId,
    string Identifier,
    string Name,
    MunicipalityKind Kind,
    string Voivodeship,
    int Year,
    decimal Value,
    int? Residents,
    bool Shares);
