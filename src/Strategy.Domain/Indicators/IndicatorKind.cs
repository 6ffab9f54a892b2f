namespace Strategy.Domain.Indicators;

/// <summary>What sort of number an indicator is: it decides which values are plausible and how "1.234" is read.</summary>
public enum IndicatorKind
{
    /// <summary>Anything else (an index, a ratio without a stated base): no rule beyond its own history.</summary>
    Other,

    /// <summary>People, families, places, events: a whole number, never negative.</summary>
    Count,

    /// <summary>A share in per cent: never negative.</summary>
    Percentage,

    /// <summary>Per 1,000 or 10,000 inhabitants: never negative.</summary>
    Rate,

    /// <summary>Złoty: never negative, at most grosze.</summary>
    Money,
}
