using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// What the cross-gmina read loaded, and the comparisons built from it, kept per replica in one
/// generation that ends after <see cref="Lifetime"/> or when this replica saves a change that could alter
/// a comparison (<see cref="Persistence.CacheEviction"/>). Values and comparisons expire together, so a
/// comparison is never built from values older than its own generation: another replica's cache learns
/// of a change when its generation ends, and a comparison is at most a minute old. Loads are one at a
/// time, so a cold cache costs one read (and one audited bypass), not one per request.
/// </summary>
public sealed class BenchmarkCache(IMemoryCache cache, TimeProvider clock) : IBenchmarkComparisonCache, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Built comparisons are large (a row per sharing gmina) and their keys many (gmina × metric × year ×
    /// filters), so they live in a cache of their own with a bound; the least used go first.
    /// </summary>
    public const int ComparisonLimit = 500;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly MemoryCache _comparisons = new(new MemoryCacheOptions { SizeLimit = ComparisonLimit });
    private long _generationStarted = clock.GetTimestamp();
    private CancellationTokenSource _changed = new();

    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class
    {
        var generation = CurrentGeneration();
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

            var loaded = await load(ct);
            cache.Set(key, loaded, new MemoryCacheEntryOptions().AddExpirationToken(generation));
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
        var generation = CurrentGeneration();
        if (_comparisons.TryGetValue(key, out BenchmarkDto? hit))
        {
            return hit!;
        }

        var built = await build(ct);
        _comparisons.Set(key, built, new MemoryCacheEntryOptions { Size = 1 }.AddExpirationToken(generation));
        return built;
    }

    /// <summary>Expires everything loaded and built so far on this replica.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();

    public void Dispose()
    {
        _comparisons.Dispose();
        _loading.Dispose();
    }

    /// <summary>
    /// The generation a read belongs to, ending the current one first when it has lasted its lifetime.
    /// Taken before a load or build, so a change saved meanwhile expires what it read.
    /// </summary>
    private CancellationChangeToken CurrentGeneration()
    {
        var started = Volatile.Read(ref _generationStarted);
        if (clock.GetElapsedTime(started) >= Lifetime && Interlocked.CompareExchange(ref _generationStarted, clock.GetTimestamp(), started) == started)
        {
            Invalidate();
        }

        return new CancellationChangeToken(Volatile.Read(ref _changed).Token);
    }
}
