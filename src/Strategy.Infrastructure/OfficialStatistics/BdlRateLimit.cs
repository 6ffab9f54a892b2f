using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Strategy.Infrastructure.OfficialStatistics;

/// <summary>
/// The one token bucket of this process for requests to BDL (a singleton): at most
/// <see cref="BdlOptions.RequestsPerSecond"/> a second, the rest wait in order. It is per replica:
/// N replicas may together send N times as many, which BDL answers with 429 and the client backs
/// off from (docs/official-statistics.md).
/// </summary>
public sealed class BdlRateLimit(IOptions<BdlOptions> options) : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.Value.RequestsPerSecond),
        TokensPerPeriod = Math.Max(1, options.Value.RequestsPerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 1000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public async ValueTask WaitAsync(CancellationToken ct)
    {
        using var lease = await _limiter.AcquireAsync(1, ct);
        if (!lease.IsAcquired)
        {
            throw new Application.Common.Exceptions.OfficialStatisticsUnavailableException("kolejka zapytań do BDL jest pełna");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
