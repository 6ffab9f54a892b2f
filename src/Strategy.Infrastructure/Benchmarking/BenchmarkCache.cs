using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// What the cross-gmina read loaded, kept per replica for <see cref="Lifetime"/> or until this replica
/// saves a change that could alter a comparison (<see cref="Persistence.CacheEviction"/>). Another
/// replica's cache learns of it only when its entries expire: a comparison is at most a minute old.
/// Loads are one at a time, so a cold cache costs one read (and one audited bypass), not one per request.
/// </summary>
public sealed class BenchmarkCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _loading = new(1, 1);
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

            // Taken before the load: a change saved while loading expires what this load read.
            var changed = Volatile.Read(ref _changed).Token;
            var loaded = await load(ct);
            cache.Set(key, loaded, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }.AddExpirationToken(new CancellationChangeToken(changed)));
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Expires everything loaded so far on this replica.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
}
