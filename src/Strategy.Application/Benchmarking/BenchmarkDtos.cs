using Strategy.Application.Benchmarking.Models;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Benchmarking;

/// <summary>Which peers the current gmina is compared with; all false: every gmina that shares.</summary>
public sealed record PeerFilterDto(bool SameKind, bool SameVoivodeship, bool SameClass);

public sealed record BenchmarkMetricSummaryDto(string Code, string NamePl, string NameEn, string? Unit, string Definition, MetricNormalisation Normalisation, IndicatorDirection Direction);

/// <summary>A metric in the picker, and whether this gmina has values for it (an indicator mapped, or its population).</summary>
public sealed record BenchmarkMetricChoiceDto(string Code, string NamePl, string NameEn, string? Unit, MetricNormalisation Normalisation, IndicatorDirection Direction, bool MappedHere);

/// <param name="Year">The year shown: the one asked for, else the latest with values; null when no gmina has any.</param>
/// <param name="Years">Every year with values, newest first.</param>
/// <param name="SharesMine">Whether the current gmina shares: when not, it sees itself here but no other gmina sees it.</param>
/// <param name="ClassFilterUnavailable">The size-class filter was asked for, but the gmina has no population (or value) that year.</param>
/// <param name="MyClass">The current gmina's size class that year.</param>
/// <param name="Rows">The gmina and its peers, best rank first; those without a normalised value (no population) last, unranked.</param>
/// <param name="Trend">Oldest year first.</param>
public sealed record BenchmarkDto(
    BenchmarkMetricSummaryDto Metric,
    int? Year,
    IReadOnlyList<int> Years,
    PeerFilterDto Filter,
    bool SharesMine,
    bool ClassFilterUnavailable,
    PopulationClass? MyClass,
    IReadOnlyList<BenchmarkRowDto> Rows,
    BenchmarkSummaryDto Summary,
    IReadOnlyList<DistributionBinDto> Distribution,
    IReadOnlyList<TrendPointDto> Trend);

/// <param name="Rank">1 is the best value (the lowest for a metric that should decrease, else the highest); ties share a rank; null without a normalised value.</param>
/// <param name="Value">As the gmina reported it.</param>
/// <param name="Normalised">Per 1,000 residents for such metrics (null: no population that year), otherwise the value.</param>
public sealed record BenchmarkRowDto(int? Rank, string Identifier, string Name, MunicipalityKind Kind, string Voivodeship, int? Residents, PopulationClass? PopulationClass, decimal Value, decimal? Normalised, bool Mine);

/// <param name="Gminy">Gminy in the comparison (the current one included).</param>
/// <param name="Compared">Of them, those with a normalised value: the statistics are over these.</param>
public sealed record BenchmarkSummaryDto(int Gminy, int Compared, decimal? Min, decimal? Q1, decimal? Median, decimal? Q3, decimal? Max, int? MyRank);

/// <summary>A bar of the distribution of normalised values; the last bar includes its upper edge.</summary>
public sealed record DistributionBinDto(decimal From, decimal To, int Count, bool Mine);

/// <param name="PeerMedian">The median of the peers' normalised values that year, the current gmina not counted.</param>
public sealed record TrendPointDto(int Year, decimal? Mine, decimal? PeerMedian, int Peers);

/// <param name="MappedIndicators">Indicators of all gminy mapped to the metric; while above 0 it cannot be deleted.</param>
public sealed record BenchmarkCatalogueEntryDto(BenchmarkMetricDto Metric, int MappedIndicators);
