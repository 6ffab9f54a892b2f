using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking;

/// <summary>The arithmetic of a comparison: ranks, median and quartiles, a distribution.</summary>
public static class BenchmarkStatistics
{
    /// <summary>
    /// Competition ranks (1, 2, 2, 4): the best value first — the lowest when the metric should
    /// decrease, otherwise the highest.
    /// </summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<decimal> values, IndicatorDirection direction)
    {
        var order = Enumerable.Range(0, values.Count).ToArray();
        Array.Sort(order, (a, b) => direction == IndicatorDirection.Decrease ? values[a].CompareTo(values[b]) : values[b].CompareTo(values[a]));
        var ranks = new int[values.Count];
        for (var i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i > 0 && values[order[i]] == values[order[i - 1]] ? ranks[order[i - 1]] : i + 1;
        }

        return ranks;
    }

    /// <summary>The p-quantile by linear interpolation between order statistics (Excel's QUARTILE.INC); null for no values.</summary>
    public static decimal? Quantile(IReadOnlyList<decimal> values, decimal p) => QuantileOfSorted(values.Order().ToArray(), p);

    public static decimal? Median(IReadOnlyList<decimal> values) => Quantile(values, 0.5m);

    /// <summary>The lower quartile, median and upper quartile, sorting once; nulls for no values.</summary>
    public static (decimal? Q1, decimal? Median, decimal? Q3) Quartiles(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToArray();
        return (QuantileOfSorted(sorted, 0.25m), QuantileOfSorted(sorted, 0.5m), QuantileOfSorted(sorted, 0.75m));
    }

    private static decimal? QuantileOfSorted(decimal[] sorted, decimal p)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    /// <summary>
    /// Equal-width bins from the lowest to the highest value; the last bin includes its upper edge.
    /// One bin when every value is the same; none for no values.
    /// </summary>
    public static IReadOnlyList<(decimal From, decimal To, int Count)> Histogram(IReadOnlyList<decimal> values, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.Count == 0)
        {
            return [];
        }

        var (min, max) = (values.Min(), values.Max());
        if (min == max)
        {
            return [(min, max, values.Count)];
        }

        var width = (max - min) / bins;
        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[Math.Min((int)((v - min) / width), bins - 1)]++;
        }

        return Enumerable.Range(0, bins).Select(i => (min + (width * i), i == bins - 1 ? max : min + (width * (i + 1)), counts[i])).ToList();
    }
}
