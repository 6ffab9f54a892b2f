using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// What the cross-gmina read loaded, and the comparisons built from it, kept per replica for
/// <see cref="Lifetime"/> or until this replica saves a change that could alter a comparison
/// (<see cref="Persistence.CacheEviction"/>). Another replica's cache learns of it only when its entries
/// expire: a comparison is at most a minute old. Loads are one at a time, so a cold cache costs one read
/// (and one audited bypass), not one per request.
/// </summary>
public sealed class BenchmarkCache(IMemoryCache cache) : IBenchmarkComparisonCache, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Built comparisons are large (a row per sharing gmina) and their keys many (gmina × metric × year ×
    /// filters), so they live in a cache of their own with a bound; the least used go first.
    /// </summary>
    public const int ComparisonLimit = 500;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly MemoryCache _comparisons = new(new MemoryCacheOptions { SizeLimit = ComparisonLimit });
    private CancellationTokenSource _changed = new();

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class
    {
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit!;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(key, out hit))
            {
                return hit!;
            }

            var expired = ExpiresWithValues();
            var loaded = await load(ct);
            cache.Set(key, loaded, expired);
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Not one at a time, unlike loads: a build reads only cached values, and two readers racing to
    /// build the same comparison build the same thing.
    /// </summary>
    public async Task<BenchmarkDto> GetOrBuildAsync(BenchmarkComparisonKey key, Func<CancellationToken, Task<BenchmarkDto>> build, CancellationToken ct)
    {
        if (_comparisons.TryGetValue(key, out BenchmarkDto? hit))
        {
            return hit!;
        }

        var expired = ExpiresWithValues();
        expired.Size = 1;
        var built = await build(ct);
        _comparisons.Set(key, built, expired);
        return built;
    }

    /// <summary>Expires everything loaded and built so far on this replica.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();

    public void Dispose()
    {
        _comparisons.Dispose();
        _loading.Dispose();
    }

    /// <summary>Taken before the load or build: a change saved meanwhile expires what it read.</summary>
    private MemoryCacheEntryOptions ExpiresWithValues() =>
        new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }.AddExpirationToken(new CancellationChangeToken(Volatile.Read(ref _changed).Token));
}
