using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;
using Strategy.Infrastructure.Benchmarking;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// A save drops this replica's benchmark comparisons when it changes a row of an entity marked
/// <see cref="Strategy.Domain.Benchmarking.IBenchmarkInput"/>, and only then: the mark, not a list of types.
/// </summary>
public sealed class CacheEvictionTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private int _loads;

    [Fact]
    public async Task A_saved_benchmark_input_drops_the_comparisons_and_a_row_without_the_mark_keeps_them()
    {
        var key = $"values-{Guid.NewGuid():N}";
        await LoadAsync(key);
        var reported = await app.InTenantAsync("krasnystaw", db => db.Measurements.Select(m => new { m.Id, m.IndicatorId }).FirstAsync());

        await app.InTenantAsync("krasnystaw", async db =>
        {
            db.IndicatorChanges.Add(new IndicatorChange(reported.IndicatorId, 2024, ChangeKind.Entered, null, new MeasurementValue(12, null, false, null, null), null, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        await LoadAsync(key);
        Assert.Equal(1, _loads); // a history line is no benchmark input

        await app.InTenantAsync("krasnystaw", async db =>
        {
            var value = await db.Measurements.SingleAsync(m => m.Id == reported.Id);
            db.Entry(value).Property(m => m.Note).CurrentValue = $"Uwaga {Guid.NewGuid():N}";
            await db.SaveChangesAsync();
        });
        await LoadAsync(key);
        Assert.Equal(2, _loads);
    }

    // One request's view of the comparison cache: what it loads is kept until a benchmark input changes.
    private Task<object> LoadAsync(string key) =>
        app.InTenantScopeAsync(null, services => services.GetRequiredService<BenchmarkCacheSession>().GetOrLoadAsync(key, _ =>
        {
            _loads++;
            return Task.FromResult(new object());
        }, TestContext.Current.CancellationToken));
}
