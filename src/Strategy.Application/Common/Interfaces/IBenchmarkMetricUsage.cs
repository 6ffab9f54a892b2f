namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// How many indicators, in all gminy together, are mapped to catalogue metrics: a metric in use must
/// not be deleted. The one read of indicators not confined to the current gmina; it answers counts only.
/// </summary>
public interface IBenchmarkMetricUsage
{
    Task<int> MappedIndicatorsAsync(Guid metricId, CancellationToken ct);

    /// <summary>The count for every metric that has a mapped indicator, by metric id.</summary>
    Task<IReadOnlyDictionary<Guid, int>> MappedIndicatorsAsync(CancellationToken ct);
}
