namespace Strategy.Infrastructure.OfficialStatistics;

/// <summary>Settings <c>OfficialStatistics:*</c> of the GUS Bank Danych Lokalnych client.</summary>
public sealed class BdlOptions
{
    public const string Section = "OfficialStatistics";

    public Uri BaseUrl { get; set; } = new("https://bdl.stat.gov.pl/api/v1/");

    /// <summary>A registered key (header <c>X-ClientId</c>) raises BDL's limits; without one the anonymous limits apply.</summary>
    public string? ClientId { get; set; }

    /// <summary>Requests per second this replica sends at most: BDL's anonymous limit is 5.</summary>
    public int RequestsPerSecond { get; set; } = 5;

    /// <summary>How many times a request refused with 429 or a 5xx is tried again before giving up.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first wait after a refusal without Retry-After; each next one doubles.</summary>
    public TimeSpan FirstBackOff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait for one retry: a Retry-After beyond it means giving up at once rather than holding the request.</summary>
    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
