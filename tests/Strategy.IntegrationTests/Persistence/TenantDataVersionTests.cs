using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Caching;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// A gmina's data version (ADR 0017): renewed in the same save as every change to the gmina's data,
/// only that gmina's, and not by a save that fails; what is cached under it is the gmina's own.
/// </summary>
public sealed class TenantDataVersionTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Every_gmina_on_the_platform_has_a_version()
    {
        var (tenants, versions) = await app.InTenantAsync(null, async db =>
            (await db.Tenants.Select(t => t.Id).OrderBy(t => t).ToListAsync(), await db.TenantDataVersions.Select(v => v.TenantId).OrderBy(t => t).ToListAsync()));

        Assert.Equal(2, tenants.Count);
        Assert.Equal(tenants, versions);
    }

    [Fact]
    public async Task A_saved_change_renews_the_version_of_that_gmina_only()
    {
        var before = await VersionsAsync();
        var element = (await DemoData.ReadAsync(app, "chrzanow")).ElementId;

        await DemoData.RenameElementAsync(app, "chrzanow", element, $"Zmieniony tytuł {Guid.NewGuid():N}");
        var after = await VersionsAsync();

        Assert.NotEqual(before["chrzanow"], after["chrzanow"]);
        Assert.Equal(before["krasnystaw"], after["krasnystaw"]);
    }

    [Fact]
    public async Task A_read_or_a_save_without_changes_keeps_the_version()
    {
        var before = await VersionsAsync();

        await app.InTenantAsync("chrzanow", async db =>
        {
            await db.Elements.ToListAsync();
            await db.SaveChangesAsync();
        });

        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    public async Task A_save_refused_as_a_conflict_keeps_the_version_and_the_rows()
    {
        var before = await VersionsAsync();
        var element = (await DemoData.ReadAsync(app, "chrzanow")).ElementId;
        var title = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == element).Select(e => e.Title).SingleAsync());

        await Assert.ThrowsAsync<ConflictException>(() => app.InTenantAsync("chrzanow", async db =>
        {
            var e = await db.Elements.SingleAsync(x => x.Id == element);
            db.Entry(e).Property(x => x.Version).OriginalValue = e.Version - 1; // somebody saved it since this form was read
            e.Describe("Nie zapisze się", e.Statement, e.Narrative);
            await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await VersionsAsync());
        Assert.Equal(title, await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == element).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task What_one_gmina_cached_is_never_served_to_another_under_the_same_key()
    {
        var chrzanow = await CachedAsync("chrzanow", "chrzanow");
        var krasnystaw = await CachedAsync("krasnystaw", "krasnystaw");
        var chrzanowAgain = await CachedAsync("chrzanow", "built twice");

        Assert.Equal(("chrzanow", "krasnystaw", "chrzanow"), (chrzanow, krasnystaw, chrzanowAgain));
    }

    [Fact]
    public async Task A_request_that_saves_reads_afresh_what_it_cached_before_its_save()
    {
        var element = (await DemoData.ReadAsync(app, "chrzanow")).ElementId;
        var (before, after) = await app.InTenantScopeAsync("chrzanow", async services =>
        {
            var cache = services.GetRequiredService<ITenantDataCache>();
            var first = await cache.GetOrBuildAsync("one request", _ => Task.FromResult("before the save"), CancellationToken.None);
            await DemoData.RenameElementAsync(services.GetRequiredService<AppDbContext>(), element, $"W tym samym żądaniu {Guid.NewGuid():N}");
            return (first, await cache.GetOrBuildAsync("one request", _ => Task.FromResult("after the save"), CancellationToken.None));
        });

        Assert.Equal(("before the save", "after the save"), (before, after));
    }

    [Fact]
    public async Task A_new_version_replaces_the_cached_entry_of_the_old_one_instead_of_adding_to_it()
    {
        var element = (await DemoData.ReadAsync(app, "chrzanow")).ElementId;
        var store = app.Services.GetRequiredService<TenantDataCacheStore>();
        var key = $"one entry {Guid.NewGuid():N}";
        await app.InTenantScopeAsync("chrzanow", services =>
            services.GetRequiredService<ITenantDataCache>().GetOrBuildAsync(key, _ => Task.FromResult("version 1"), CancellationToken.None));
        var entries = store.Entries.Count;

        var after = await app.InTenantScopeAsync("chrzanow", async services =>
        {
            await DemoData.RenameElementAsync(services.GetRequiredService<AppDbContext>(), element, $"Nowa wersja {Guid.NewGuid():N}");
            return await services.GetRequiredService<ITenantDataCache>().GetOrBuildAsync(key, _ => Task.FromResult("version 2"), CancellationToken.None);
        });

        Assert.Equal(("version 2", entries), (after, store.Entries.Count));
    }

    private Task<string> CachedAsync(string tenant, string value) =>
        app.InTenantScopeAsync(tenant, services =>
            services.GetRequiredService<ITenantDataCache>().GetOrBuildAsync("same key", _ => Task.FromResult(value), CancellationToken.None));

    private Task<Dictionary<string, Guid>> VersionsAsync() =>
        app.InTenantAsync(null, db =>
            (from v in db.TenantDataVersions join t in db.Tenants on v.TenantId equals t.Id select new { t.Identifier, v.Stamp })
                .ToDictionaryAsync(x => x.Identifier, x => x.Stamp));
}
