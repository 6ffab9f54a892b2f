using Strategy.Application.Common.Mapping;
using System.Globalization;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Benchmarking;

/// <summary>
/// A metric's comparison for one year, made from the values the reader returned: the current gmina
/// and the peers the filters keep, normalised, ranked, summarised, and the gmina's trend against its
/// peers over the years. Pure, so that every rule is a unit test.
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>Enough bars to show a shape across 2,477 gminy, few enough to read.</summary>
    public const int DistributionBins = 12;

    private static readonly StringComparer PolishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);

    public static BenchmarkDto Build(BenchmarkMetric metric, TenantInfo current, bool sharesMine, IReadOnlyList<SharedValue> values, int? year, PeerFilterDto filter)
    {
        var currentTenantId = current.Id;
        var byYear = values.ToLookup(v => v.Year);
        var years = byYear.Select(g => g.Key).OrderDescending().ToList();
        var shownYear = year ?? (years.Count > 0 ? years[0] : null);
        var myResidents = shownYear is { } sy ? byYear[sy].FirstOrDefault(v => v.TenantId == currentTenantId)?.Residents : null;
        var classFilterUnavailable = filter.SameClass && myResidents is null;

        var group = shownYear is { } y ? Group(byYear[y], current, filter) : [];
        var normalised = group.Select(v => Round(metric.Normalise(v.Value, v.Residents))).ToList();
        var compared = normalised.Where(n => n is not null).Select(n => n!.Value).ToList();
        var ranks = BenchmarkStatistics.Ranks(compared, metric.Direction);

        var rows = new List<BenchmarkRowDto>(group.Count);
        var ranked = 0;
        for (var i = 0; i < group.Count; i++)
        {
            var v = group[i];
            int? rank = normalised[i] is null ? null : ranks[ranked++];
            rows.Add(new BenchmarkRowDto(
                rank, v.Identifier, v.Name, v.Kind, v.Voivodeship, v.Residents,
                v.Residents is { } r ? PopulationClasses.Of(r) : null, v.Value, normalised[i], v.TenantId == currentTenantId));
        }

        rows.Sort((a, b) => (a.Rank, b.Rank) switch
        {
            (null, null) => PolishOrder.Compare(a.Name, b.Name),
            (null, _) => 1,
            (_, null) => -1,
            var (x, z) => x != z ? x.Value.CompareTo(z.Value) : PolishOrder.Compare(a.Name, b.Name),
        });

        var mine = rows.FirstOrDefault(r => r.Mine);
        var (q1, median, q3) = BenchmarkStatistics.Quartiles(compared);
        var summary = new BenchmarkSummaryDto(
            rows.Count, compared.Count, compared.Count > 0 ? compared.Min() : null, q1, median, q3, compared.Count > 0 ? compared.Max() : null, mine?.Rank);
        var distribution = BenchmarkStatistics.Histogram(compared, DistributionBins)
            .Select((b, i) => new DistributionBinDto(Round(b.From)!.Value, Round(b.To)!.Value, b.Count, mine?.Normalised is { } m && InBin(m, b, i == DistributionBins - 1 || b.From == b.To)))
            .ToList();

        return new BenchmarkDto(
            metric.ToSummary(), shownYear, years, filter, sharesMine, classFilterUnavailable,
            myResidents is { } mr ? PopulationClasses.Of(mr) : null,
            rows, summary, distribution, Trend(metric, byYear, years, current, filter));
    }

    /// <summary>The current gmina (always) and the others of the year that every chosen filter keeps.</summary>
    private static List<SharedValue> Group(IEnumerable<SharedValue> ofYear, TenantInfo current, PeerFilterDto filter)
    {
        var myResidents = ofYear.FirstOrDefault(v => v.TenantId == current.Id)?.Residents;
        return ofYear.Where(v => v.TenantId == current.Id || IsPeer(v, current, myResidents, filter)).ToList();
    }

    /// <summary>
    /// Whether another gmina is a peer under the filters. Without the current gmina's population that
    /// year the size class cannot filter (the page says so); type and voivodeship always can.
    /// </summary>
    private static bool IsPeer(SharedValue other, TenantInfo current, int? myResidents, PeerFilterDto filter) =>
        (!filter.SameKind || other.Kind == current.Kind)
        && (!filter.SameVoivodeship || other.Voivodeship == current.Voivodeship)
        && (!filter.SameClass || myResidents is null
            || (other.Residents is { } r && PopulationClasses.Of(r) == PopulationClasses.Of(myResidents.Value)));

    /// <summary>Year by year, oldest first: the gmina's normalised value and the median of its peers (itself not counted).</summary>
    private static List<TrendPointDto> Trend(BenchmarkMetric metric, ILookup<int, SharedValue> byYear, IReadOnlyList<int> years, TenantInfo current, PeerFilterDto filter)
    {
        var points = new List<TrendPointDto>(years.Count);
        foreach (var year in years.Order())
        {
            var group = Group(byYear[year], current, filter);
            var mine = group.FirstOrDefault(v => v.TenantId == current.Id);
            var peers = group.Where(v => v.TenantId != current.Id)
                .Select(v => Round(metric.Normalise(v.Value, v.Residents)))
                .Where(n => n is not null).Select(n => n!.Value).ToList();
            points.Add(new TrendPointDto(year, mine is null ? null : Round(metric.Normalise(mine.Value, mine.Residents)), Round(BenchmarkStatistics.Median(peers)), peers.Count));
        }

        return points;
    }

    private static bool InBin(decimal value, (decimal From, decimal To, int Count) bin, bool closed) =>
        value >= bin.From && (closed ? value <= bin.To : value < bin.To);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
