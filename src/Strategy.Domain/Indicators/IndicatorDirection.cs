namespace Strategy.Domain.Indicators;

/// <summary>Which way the indicator should move for the strategy to be on track.</summary>
public enum IndicatorDirection
{
    Unspecified = 0,
    Increase = 1,
    Decrease = 2,
}
