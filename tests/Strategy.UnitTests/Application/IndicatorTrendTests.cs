using Strategy.Application.Monitoring;
using Strategy.Domain.Indicators;

namespace Strategy.UnitTests.Application;

public sealed class IndicatorTrendTests
{
    private static readonly YearValue Baseline = new(2020, 100);
    private static readonly YearValue LowerTarget = new(2030, 50);

    [Fact]
    public void Without_values_there_is_nothing_to_judge()
    {
        Assert.Equal(TrendStatus.NoData, IndicatorTrend.Assess(IndicatorDirection.Decrease, Baseline, LowerTarget, []));
    }

    [Theory]
    [InlineData(2025, 74, TrendStatus.OnTrack)] // the straight path expects 75 in 2025
    [InlineData(2025, 75, TrendStatus.OnTrack)]
    [InlineData(2025, 80, TrendStatus.OffTrack)]
    [InlineData(2022, 95, TrendStatus.OffTrack)] // expects 90
    [InlineData(2027, 50, TrendStatus.OnTrack)] // target reached early
    public void With_a_baseline_and_a_target_the_latest_value_is_held_against_the_straight_path(int year, int value, TrendStatus expected)
    {
        Assert.Equal(expected, IndicatorTrend.Assess(IndicatorDirection.Decrease, Baseline, LowerTarget, [new(2021, 99), new(year, value)]));
    }

    [Fact]
    public void The_direction_may_come_from_the_baseline_and_target_alone()
    {
        Assert.Equal(TrendStatus.OffTrack, IndicatorTrend.Assess(IndicatorDirection.Unspecified, Baseline, LowerTarget, [new(2025, 90)]));
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 10, 12, TrendStatus.OnTrack)]
    [InlineData(IndicatorDirection.Increase, 12, 10, TrendStatus.OffTrack)]
    [InlineData(IndicatorDirection.Decrease, 12, 10, TrendStatus.OnTrack)]
    [InlineData(IndicatorDirection.Decrease, 10, 10, TrendStatus.OnTrack)]
    [InlineData(IndicatorDirection.Unspecified, 10, 12, TrendStatus.NoData)]
    public void With_a_direction_only_the_last_change_counts(IndicatorDirection direction, int before, int after, TrendStatus expected)
    {
        Assert.Equal(expected, IndicatorTrend.Assess(direction, null, null, [new(2024, before), new(2025, after)]));
    }

    [Fact]
    public void One_value_without_a_path_to_hold_it_against_cannot_be_judged()
    {
        Assert.Equal(TrendStatus.NoData, IndicatorTrend.Assess(IndicatorDirection.Increase, null, null, [new(2025, 10)]));
    }

    [Fact]
    public void With_a_target_but_no_direction_getting_closer_is_on_track()
    {
        Assert.Equal(TrendStatus.OnTrack, IndicatorTrend.Assess(IndicatorDirection.Unspecified, null, new YearValue(2030, 50), [new(2024, 70), new(2025, 60)]));
        Assert.Equal(TrendStatus.OffTrack, IndicatorTrend.Assess(IndicatorDirection.Unspecified, null, new YearValue(2030, 50), [new(2024, 60), new(2025, 70)]));
    }
}
