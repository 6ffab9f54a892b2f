namespace Strategy.Domain.Benchmarking;

/// <summary>How a reported value becomes comparable between gminy of different size.</summary>
public enum MetricNormalisation
{
    /// <summary>Compared as reported (a count, an amount).</summary>
    Absolute = 0,

    /// <summary>A count divided by the gmina's residents that year, times 1,000.</summary>
    PerThousandResidents = 1,

    /// <summary>The value is already a share in per cent and is compared as reported.</summary>
    Percentage = 2,
}
