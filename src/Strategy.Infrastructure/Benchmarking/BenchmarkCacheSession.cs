using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// One request's view of the <see cref="BenchmarkCache"/>: everything the request reads comes from the
/// generation it entered first — unless a save ends that one, when it moves to the current — and a
/// generation the request built becomes current when the request ends (the scope disposes this).
/// </summary>
public sealed class BenchmarkCacheSession(BenchmarkCache cache) : IBenchmarkComparisonCache, IDisposable
{
    private BenchmarkCache.Generation? _generation;

    public Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class => cache.GetOrLoadAsync(Generation(), key, load, ct);

    public Task<BenchmarkDto> GetOrBuildAsync(BenchmarkComparisonKey key, Func<CancellationToken, Task<BenchmarkDto>> build, CancellationToken ct) =>
        cache.GetOrBuildAsync(Generation(), key, build, ct);

    public void Dispose()
    {
        if (_generation is not null)
        {
            cache.Leave(_generation);
        }
    }

    // A generation a save discarded has already been let go of by the cache (it is no longer the one
    // being built), so the request only moves on to the current one.
    private BenchmarkCache.Generation Generation() =>
        _generation is { Discarded: false } ? _generation : _generation = cache.Enter();
}
