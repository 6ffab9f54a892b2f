using Microsoft.Extensions.Time.Testing;
using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Infrastructure.Benchmarking;

namespace Strategy.UnitTests.Benchmarking;

/// <summary>Each <see cref="BenchmarkCacheSession"/> below stands for one request.</summary>
public sealed class BenchmarkCacheTests : IDisposable
{
    private static readonly PeerFilterDto NoFilter = new(false, false, false);

    private readonly FakeTimeProvider _clock = new();
    private readonly BenchmarkCache _cache;
    private int _builds;
    private int _loads;

    public BenchmarkCacheTests() => _cache = new BenchmarkCache(_clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_comparison_is_built_once_for_the_same_key()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        var first = await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));
        var second = await InRequest(r => r.GetOrBuildAsync(key with { Filter = new PeerFilterDto(false, false, false) }, Build, Ct));

        Assert.Same(first, second);
        Assert.Equal(1, _builds);
    }

    [Fact]
    public async Task Another_year_filter_or_gmina_is_another_comparison()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));
        await InRequest(r => r.GetOrBuildAsync(key with { Year = null }, Build, Ct));
        await InRequest(r => r.GetOrBuildAsync(key with { Filter = NoFilter with { SameKind = true } }, Build, Ct));
        await InRequest(r => r.GetOrBuildAsync(key with { TenantId = Guid.NewGuid() }, Build, Ct));

        Assert.Equal(4, _builds);
    }

    [Fact]
    public async Task A_saved_change_expires_the_built_comparisons_with_the_values()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        var before = await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));

        _cache.Invalidate();
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        var after = await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));

        Assert.NotSame(before, after);
        Assert.Equal(2, _builds);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_change_saved_while_a_comparison_is_built_expires_it()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);

        await InRequest(r => r.GetOrBuildAsync(key, ct => { _cache.Invalidate(); return Build(ct); }, Ct));
        await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));

        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task A_request_that_saves_reads_afresh_after_its_save()
    {
        using var request = new BenchmarkCacheSession(_cache);
        var before = await request.GetOrLoadAsync("values", Load, Ct);

        _cache.Invalidate();
        var after = await request.GetOrLoadAsync("values", Load, Ct);

        Assert.Equal("load 1", before);
        Assert.Equal("load 2", after);
    }

    [Fact]
    public async Task A_comparison_built_late_in_the_minute_expires_with_the_values_it_was_built_from()
    {
        var key = new BenchmarkComparisonKey(Guid.NewGuid(), Guid.NewGuid(), 2024, NoFilter);
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        _clock.Advance(BenchmarkCache.Lifetime - TimeSpan.FromSeconds(1));
        await InRequest(r => r.GetOrBuildAsync(key, Build, Ct));

        _clock.Advance(TimeSpan.FromSeconds(2));
        await InRequest(async r =>
        {
            await r.GetOrBuildAsync(key, Build, Ct);
            return await r.GetOrLoadAsync("values", Load, Ct);
        });

        Assert.Equal(2, _builds);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task When_a_minute_is_over_one_request_reloads_while_the_others_read_the_values_they_had()
    {
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        _clock.Advance(BenchmarkCache.Lifetime);
        var reload = new TaskCompletionSource<string>();
        var reloader = new BenchmarkCacheSession(_cache);
        var reloading = reloader.GetOrLoadAsync("values", _ => reload.Task, Ct);

        // A reader that waited for the reload would wait here for ever: the timeout fails it instead.
        var whileReloading = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct)).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        reload.SetResult("reload 1");
        var reloaded = await reloading;
        var beforeTheReloaderEnds = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        reloader.Dispose();
        var afterwards = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));

        Assert.Equal("load 1", whileReloading);
        Assert.Equal("reload 1", reloaded);
        Assert.Equal("load 1", beforeTheReloaderEnds);
        Assert.Equal("reload 1", afterwards);
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task A_change_saved_while_the_next_minute_is_loaded_keeps_what_it_loaded_from_becoming_current()
    {
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        _clock.Advance(BenchmarkCache.Lifetime);
        using (var reloader = new BenchmarkCacheSession(_cache))
        {
            await reloader.GetOrLoadAsync("values", _ => { _cache.Invalidate(); return Task.FromResult("loaded before the save"); }, Ct);
        }

        var afterwards = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));

        Assert.Equal("load 2", afterwards);
    }

    [Fact]
    public async Task A_reload_that_fails_leaves_the_next_request_to_reload()
    {
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        _clock.Advance(BenchmarkCache.Lifetime);

        await Assert.ThrowsAsync<TimeoutException>(() => InRequest(r => r.GetOrLoadAsync<string>("values", _ => throw new TimeoutException(), Ct)));
        var next = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        var afterwards = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));

        Assert.Equal("load 2", next);
        Assert.Equal("load 2", afterwards);
    }

    [Fact]
    public async Task A_reload_still_running_after_a_minute_is_given_up_to_the_next_request()
    {
        await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));
        _clock.Advance(BenchmarkCache.Lifetime);
        var stuck = new TaskCompletionSource<string>();
        using var reloader = new BenchmarkCacheSession(_cache);
        var reloading = reloader.GetOrLoadAsync("values", _ => stuck.Task, Ct);
        _clock.Advance(BenchmarkCache.Lifetime);

        using var next = new BenchmarkCacheSession(_cache);
        // The stuck reload holds the one-at-a-time load: let it end before the next request loads.
        var reloadingAgain = next.GetOrLoadAsync("values", Load, Ct);
        stuck.SetResult("stuck");
        await reloading;
        var reloaded = await reloadingAgain.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        next.Dispose();
        reloader.Dispose();
        var afterwards = await InRequest(r => r.GetOrLoadAsync("values", Load, Ct));

        Assert.Equal("load 2", reloaded);
        Assert.Equal("load 2", afterwards);
    }

    public void Dispose() => _cache.Dispose();

    private async Task<T> InRequest<T>(Func<BenchmarkCacheSession, Task<T>> read)
    {
        using var request = new BenchmarkCacheSession(_cache);
        return await read(request);
    }

    private Task<string> Load(CancellationToken ct) => Task.FromResult($"load {++_loads}");

    private Task<BenchmarkDto> Build(CancellationToken ct)
    {
        _builds++;
        return Task.FromResult(new BenchmarkDto(
            new BenchmarkMetricSummaryDto("m", "m", "m", "osoby", "", MetricNormalisation.Absolute, IndicatorDirection.Decrease),
            2024, [2024], NoFilter, true, false, null, [], new BenchmarkSummaryDto(0, 0, null, null, null, null, null, null), [], []));
    }
}
