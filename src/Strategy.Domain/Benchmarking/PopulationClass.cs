namespace Strategy.Domain.Benchmarking;

/// <summary>Size classes of gminy by residents, for comparing a gmina with peers of its size.</summary>
public enum PopulationClass
{
    /// <summary>Under 5,000 residents.</summary>
    Under5000 = 1,

    /// <summary>5,000–9,999.</summary>
    From5000To9999 = 2,

    /// <summary>10,000–19,999.</summary>
    From10000To19999 = 3,

    /// <summary>20,000–49,999.</summary>
    From20000To49999 = 4,

    /// <summary>50,000–99,999.</summary>
    From50000To99999 = 5,

    /// <summary>100,000 and more.</summary>
    From100000 = 6,
}

public static class PopulationClasses
{
    public static PopulationClass Of(int residents) => residents switch
    {
        < 5_000 => PopulationClass.Under5000,
        < 10_000 => PopulationClass.From5000To9999,
        < 20_000 => PopulationClass.From10000To19999,
        < 50_000 => PopulationClass.From20000To49999,
        < 100_000 => PopulationClass.From50000To99999,
        _ => PopulationClass.From100000,
    };
}
