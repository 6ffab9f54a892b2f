using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// What the cross-gmina read loaded, and the comparisons built from it, kept per replica in generations.
/// A request reads one generation throughout (<see cref="BenchmarkCacheSession"/>), so a comparison is
/// never built from values older than its own generation. A generation that has lasted
/// <see cref="Lifetime"/> is replaced ahead of readers: the one request that notices builds the next
/// while every other keeps reading the current, and the next becomes current when that request ends —
/// so no reader waits for a reload, and another replica's change shows within a minute plus one reload.
/// A change saved on this replica that could alter a comparison (<see cref="Persistence.CacheEviction"/>)
/// ends the current generation and any being built at once: the next reads load afresh. Loads are one at
/// a time, so a cold cache costs one read (and one audited bypass), not one per request.
/// </summary>
public sealed class BenchmarkCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Built comparisons are large (a row per sharing gmina) and their keys many (gmina × metric × year ×
    /// filters), so they live in a cache of their own with a bound; the least used go first.
    /// </summary>
    public const int ComparisonLimit = 500;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly MemoryCache _comparisons = new(new MemoryCacheOptions { SizeLimit = ComparisonLimit });
    private readonly Lock _turnover = new();
    private Generation _current = new(clock.GetTimestamp());
    private Generation? _next;

    /// <summary>Ends every generation on this replica, the one being built too: a change was saved.</summary>
    public void Invalidate()
    {
        lock (_turnover)
        {
            _next?.End(discarded: true);
            _next = null;
            var ended = _current;
            _current = new Generation(clock.GetTimestamp());
            ended.End(discarded: true);
        }
    }

    public void Dispose()
    {
        _comparisons.Dispose();
        _loading.Dispose();
    }

    /// <summary>
    /// The generation a request reads: the current one, or, for the first request to find it has lasted
    /// its lifetime, a new one it fills while the others go on reading the current.
    /// </summary>
    internal Generation Enter()
    {
        var current = Volatile.Read(ref _current);
        if (clock.GetElapsedTime(current.Started) < Lifetime)
        {
            return current;
        }

        lock (_turnover)
        {
            // A reload that has not ended within a lifetime is given up (its request stuck or gone), so
            // that readers are not served the same values for ever.
            if (_next is not null && clock.GetElapsedTime(_next.Started) >= Lifetime)
            {
                _next.End(discarded: true);
                _next = null;
            }

            if (_next is not null || _current != current)
            {
                return _current;
            }

            _next = new Generation(clock.GetTimestamp());
            return _next;
        }
    }

    /// <summary>
    /// A request is done with its generation: one it built becomes current if it holds anything and no
    /// save ended it meanwhile; otherwise the next request to notice builds another.
    /// </summary>
    internal void Leave(Generation generation)
    {
        lock (_turnover)
        {
            if (_next != generation)
            {
                return;
            }

            _next = null;
            if (!generation.Filled)
            {
                return;
            }

            var ended = _current;
            _current = generation;
            ended.End(discarded: false);
        }
    }

    internal async Task<T> GetOrLoadAsync<T>(Generation generation, string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class
    {
        if (generation.Values.TryGetValue(key, out var hit))
        {
            return (T)hit;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (generation.Values.TryGetValue(key, out hit))
            {
                return (T)hit;
            }

            var loaded = await load(ct);
            generation.Values[key] = loaded;
            generation.Fill();
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Not one at a time, unlike loads: a build reads only cached values, and two readers racing to
    /// build the same comparison build the same thing. One built in a generation that has ended is
    /// returned but not kept.
    /// </summary>
    internal async Task<BenchmarkDto> GetOrBuildAsync(Generation generation, BenchmarkComparisonKey key, Func<CancellationToken, Task<BenchmarkDto>> build, CancellationToken ct)
    {
        if (_comparisons.TryGetValue((generation, key), out BenchmarkDto? hit))
        {
            return hit!;
        }

        var built = await build(ct);
        _comparisons.Set((generation, key), built, new MemoryCacheEntryOptions { Size = 1 }.AddExpirationToken(generation.Expiry));
        generation.Fill();
        return built;
    }

    /// <summary>Values loaded and comparisons built from them, ending together.</summary>
    internal sealed class Generation
    {
        private readonly CancellationTokenSource _ended = new();
        private volatile bool _filled;

        public Generation(long started)
        {
            Started = started;
            Expiry = new CancellationChangeToken(_ended.Token);
        }

        public long Started { get; }

        public System.Collections.Concurrent.ConcurrentDictionary<string, object> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>Expires the comparisons built in this generation when it ends.</summary>
        public IChangeToken Expiry { get; }

        /// <summary>Ended by a save: what it holds may predate the change, so a request reading it moves on.</summary>
        public bool Discarded { get; private set; }

        /// <summary>Holds at least one load or build: an empty one (its request failed) is not worth becoming current.</summary>
        public bool Filled => _filled;

        public void Fill() => _filled = true;

        public void End(bool discarded)
        {
            Discarded = discarded;
            _ended.Cancel();
        }
    }
}
