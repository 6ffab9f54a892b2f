using Strategy.Application.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.UnitTests.Benchmarking;

public sealed class BenchmarkStatisticsTests
{
    [Fact]
    public void For_a_metric_that_should_decrease_the_lowest_value_is_first_and_ties_share_a_rank()
    {
        Assert.Equal([3, 1, 1, 4], BenchmarkStatistics.Ranks([5m, 2m, 2m, 9m], IndicatorDirection.Decrease));
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase)]
    [InlineData(IndicatorDirection.Unspecified)]
    public void Otherwise_the_highest_value_is_first(IndicatorDirection direction)
    {
        Assert.Equal([2, 3, 3, 1], BenchmarkStatistics.Ranks([5m, 2m, 2m, 9m], direction));
    }

    [Fact]
    public void Quartiles_interpolate_between_order_statistics_as_quartile_inc_does()
    {
        decimal[] values = [7m, 1m, 3m, 5m];

        Assert.Equal(2.5m, BenchmarkStatistics.Quantile(values, 0.25m));
        Assert.Equal(4m, BenchmarkStatistics.Median(values));
        Assert.Equal(5.5m, BenchmarkStatistics.Quantile(values, 0.75m));
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_of_none_is_nothing()
    {
        Assert.Equal(3m, BenchmarkStatistics.Median([9m, 3m, 1m]));
        Assert.Null(BenchmarkStatistics.Median([]));
    }

    [Fact]
    public void A_histogram_counts_every_value_once_the_highest_in_the_last_bin()
    {
        var bins = BenchmarkStatistics.Histogram([0m, 1m, 2.5m, 5m, 10m], 4);

        Assert.Equal([2, 1, 1, 1], bins.Select(b => b.Count));
        Assert.Equal((0m, 2.5m), (bins[0].From, bins[0].To));
        Assert.Equal(10m, bins[^1].To);
    }

    [Fact]
    public void Equal_values_make_one_bin_and_no_values_none()
    {
        Assert.Equal([(4m, 4m, 3)], BenchmarkStatistics.Histogram([4m, 4m, 4m], 12));
        Assert.Empty(BenchmarkStatistics.Histogram([], 12));
    }
}
