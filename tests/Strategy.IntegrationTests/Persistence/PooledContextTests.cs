using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// Database contexts are pooled: a later scope gets an instance back, and with it nothing of the scope
/// before — neither its gmina nor what it attached to the context.
/// </summary>
public sealed class PooledContextTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_context_rented_again_reads_the_new_scopes_gmina_only()
    {
        var (used, chrzanow) = await app.InTenantScopeAsync("chrzanow", async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            return (db, await StrategiesAsync(db));
        });

        var krasnystaw = await AgainAsync(used, "krasnystaw", StrategiesAsync);
        var outside = await AgainAsync(used, null, StrategiesAsync);

        Assert.Equal([await TenantIdAsync("chrzanow")], chrzanow);
        Assert.Equal([await TenantIdAsync("krasnystaw")], krasnystaw);
        Assert.Empty(outside);
    }

    [Fact]
    public async Task What_a_scope_attached_to_its_context_does_not_follow_it_into_the_next_scope()
    {
        var calls = 0;
        var used = await app.InTenantScopeAsync("chrzanow", services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            db.SavedChanges += (_, _) => calls++;
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            return Task.FromResult(db);
        });

        var tracking = await AgainAsync(used, "chrzanow", async db =>
        {
            var tracking = db.ChangeTracker.QueryTrackingBehavior;
            await DemoData.RenameElementAsync(db, await db.Elements.Select(e => e.Id).FirstAsync(), $"Zmieniony tytuł {Guid.NewGuid():N}");
            return tracking;
        });

        Assert.Equal(0, calls);
        Assert.Equal(QueryTrackingBehavior.TrackAll, tracking);
    }

    [Fact]
    public async Task Disposing_the_context_a_scope_holds_leaves_it_with_the_scope()
    {
        var count = await app.InTenantScopeAsync("chrzanow", async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            // The container does this once for each service the context is registered as (AppDbContext,
            // IAppDbContext): were the first to return it to the pool, another scope could rent it
            // while this one still works with it, and the second would return that scope's context.
            await db.DisposeAsync();
            db.Dispose();
            return await db.Strategies.CountAsync();
        });

        Assert.True(count > 0);
    }

    [Fact]
    public async Task A_context_taken_from_the_pool_outside_a_scope_has_no_gmina()
    {
        var used = await app.InTenantScopeAsync("chrzanow", services => Task.FromResult(services.GetRequiredService<AppDbContext>()));
        var pool = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

        var taken = new List<AppDbContext>();
        try
        {
            while (taken.Count < 100 && (taken.Count == 0 || !ReferenceEquals(taken[^1], used)))
            {
                taken.Add(await pool.CreateDbContextAsync());
            }

            Assert.Same(used, taken[^1]);
            Assert.Empty(await StrategiesAsync(taken[^1]));
        }
        finally
        {
            foreach (var db in taken)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Scopes one after another until one is given <paramref name="used"/> back (the pool hands out the
    /// instance returned longest ago, so a few others may come first), then the work in that scope.
    /// </summary>
    private async Task<T> AgainAsync<T>(AppDbContext used, string? identifier, Func<AppDbContext, Task<T>> work)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (again, result) = await app.InTenantScopeAsync(identifier, async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                return ReferenceEquals(db, used) ? (true, await work(db)) : (false, default(T));
            });
            if (again)
            {
                return result!;
            }
        }

        throw new InvalidOperationException("The pool never gave the context back: contexts are not pooled.");
    }

    private static Task<List<Guid>> StrategiesAsync(AppDbContext db) => db.Strategies.Select(s => s.TenantId).Distinct().ToListAsync();

    private Task<Guid> TenantIdAsync(string identifier) =>
        app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == identifier).Select(t => t.Id).SingleAsync());
}
