using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking.Models;

/// <summary>A metric of the catalogue as stored, with the version to edit from.</summary>
public sealed record BenchmarkMetricDto(
    string Code,
    string NamePl,
    string NameEn,
    string? Unit,
    string Definition,
    MetricNormalisation Normalisation,
    IndicatorDirection Direction,
    int? BdlVariableId,
    int Version);
