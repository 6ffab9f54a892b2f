namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// How many indicators, in all gminy together, are mapped to a catalogue metric: a metric in use must
/// not be deleted. The one read of indicators not confined to the current gmina; it answers a count only.
/// </summary>
public interface IBenchmarkMetricUsage
{
    Task<int> MappedIndicatorsAsync(Guid metricId, CancellationToken ct);
}
