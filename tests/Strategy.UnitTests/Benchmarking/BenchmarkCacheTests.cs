using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Infrastructure.Benchmarking;

namespace Strategy.UnitTests.Benchmarking;

public sealed class BenchmarkCacheTests : IDisposable
{
    private static readonly PeerFilterDto NoFilter = new(false, false, false);

    private readonly MemoryCache _memory = new(new MemoryCacheOptions());
    private readonly FakeTimeProvider _clock = new();
    private readonly BenchmarkCache _cache;
    private int _builds;

    public BenchmarkCacheTests() => _cache = new BenchmarkCache(_memory, _clock);

    [Fact]
    public async Task A_comparison_is_built_once_for_the_same_key()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        var first = await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);
        var second = await _cache.GetOrBuildAsync(key with { Filter = new PeerFilterDto(false, false, false) }, Build, TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Equal(1, _builds);
    }

    [Fact]
    public async Task Another_year_filter_or_gmina_is_another_comparison()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);
        await _cache.GetOrBuildAsync(key with { Year = null }, Build, TestContext.Current.CancellationToken);
        await _cache.GetOrBuildAsync(key with { Filter = NoFilter with { SameKind = true } }, Build, TestContext.Current.CancellationToken);
        await _cache.GetOrBuildAsync(key with { TenantId = Guid.NewGuid() }, Build, TestContext.Current.CancellationToken);

        Assert.Equal(4, _builds);
    }

    [Fact]
    public async Task A_saved_change_expires_the_built_comparisons_with_the_values()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);
        var loads = 0;
        await _cache.GetOrLoadAsync("values", _ => Task.FromResult<object>(++loads), TestContext.Current.CancellationToken);
        var before = await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);

        _cache.Invalidate();
        await _cache.GetOrLoadAsync("values", _ => Task.FromResult<object>(++loads), TestContext.Current.CancellationToken);
        var after = await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);

        Assert.NotSame(before, after);
        Assert.Equal(2, _builds);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_change_saved_while_a_comparison_is_built_expires_it()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        await _cache.GetOrBuildAsync(key, ct => { _cache.Invalidate(); return Build(ct); }, TestContext.Current.CancellationToken);
        await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);

        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task A_comparison_built_late_in_the_minute_expires_with_the_values_it_was_built_from()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);
        var loads = 0;
        await _cache.GetOrLoadAsync("values", _ => Task.FromResult<object>(++loads), TestContext.Current.CancellationToken);
        _clock.Advance(BenchmarkCache.Lifetime - TimeSpan.FromSeconds(1));
        await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);

        _clock.Advance(TimeSpan.FromSeconds(2));
        await _cache.GetOrBuildAsync(key, Build, TestContext.Current.CancellationToken);
        await _cache.GetOrLoadAsync("values", _ => Task.FromResult<object>(++loads), TestContext.Current.CancellationToken);

        Assert.Equal(2, _builds);
        Assert.Equal(2, loads);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _memory.Dispose();
    }

    private Task<BenchmarkDto> Build(CancellationToken ct)
    {
        _builds++;
        return Task.FromResult(new BenchmarkDto(
            new BenchmarkMetricSummaryDto("m", "m", "m", "osoby", "", MetricNormalisation.Absolute, IndicatorDirection.Decrease),
            2024, [2024], NoFilter, true, false, null, [], new BenchmarkSummaryDto(0, 0, null, null, null, null, null, null), [], []));
    }
}
