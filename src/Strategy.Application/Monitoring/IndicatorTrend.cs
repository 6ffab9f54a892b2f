using Strategy.Domain.Indicators;

namespace Strategy.Application.Monitoring;

/// <summary>Whether an indicator is where its strategy wants it, judged from approved values only.</summary>
public enum TrendStatus
{
    OnTrack,
    OffTrack,
    NoData,
}

/// <summary>
/// The rule behind "on track / off track / no data". With a baseline and a target, the latest value
/// is compared with the straight path from one to the other in its year; with a target only, it
/// must have moved towards it since the value before (or have reached it); with a desired direction
/// only, it must have moved that way. Anything less — no values, one value without a path, no
/// direction and no target — cannot be judged: no data.
/// </summary>
public static class IndicatorTrend
{
    public static TrendStatus Assess(IndicatorDirection direction, YearValue? baseline, YearValue? target, IReadOnlyList<YearValue> values)
    {
        var known = values.OrderBy(v => v.Year).ToList();
        if (known.Count == 0)
        {
            return TrendStatus.NoData;
        }

        var latest = known[^1];
        var sign = direction switch
        {
            IndicatorDirection.Increase => 1,
            IndicatorDirection.Decrease => -1,
            _ => target is { } t && baseline is { } b ? Math.Sign(t.Value - b.Value) : 0,
        };

        if (target is { } goal && sign != 0 && (latest.Value - goal.Value) * sign >= 0)
        {
            return TrendStatus.OnTrack; // reached, or beyond, in the desired direction
        }

        if (baseline is { } start && target is { } end && end.Year > start.Year && sign != 0)
        {
            var share = Math.Clamp((decimal)(latest.Year - start.Year) / (end.Year - start.Year), 0m, 1m);
            var expected = start.Value + ((end.Value - start.Value) * share);
            return (latest.Value - expected) * sign >= 0 ? TrendStatus.OnTrack : TrendStatus.OffTrack;
        }

        if (known.Count < 2)
        {
            return TrendStatus.NoData;
        }

        var previous = known[^2];
        if (sign == 0 && target is { } aim)
        {
            return Math.Abs(latest.Value - aim.Value) <= Math.Abs(previous.Value - aim.Value) ? TrendStatus.OnTrack : TrendStatus.OffTrack;
        }

        return sign == 0 ? TrendStatus.NoData
            : (latest.Value - previous.Value) * sign >= 0 ? TrendStatus.OnTrack : TrendStatus.OffTrack;
    }
}

public readonly record struct YearValue(int Year, decimal Value);
