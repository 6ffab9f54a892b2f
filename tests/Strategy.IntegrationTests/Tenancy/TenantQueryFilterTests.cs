using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>The first wall: a query inside tenant A never returns a row of tenant B.</summary>
[Collection(AppCollection.Name)]
public sealed class TenantQueryFilterTests(StrategyAppFactory app)
{
    /// <summary>Every tenant-owned set of the context, by name, so a new entity cannot be forgotten here.</summary>
    public static TheoryData<string> TenantOwnedSets => new(
        typeof(AppDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Where(p => typeof(ITenantOwned).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0]))
            .Select(p => p.Name));

    [Theory]
    [MemberData(nameof(TenantOwnedSets))]
    public async Task A_query_in_one_tenant_returns_only_its_rows(string set)
    {
        await DemoData.EnsureApiClientsAsync(app);
        await DemoData.EnsureMonitoringAsync(app);
        await DemoData.EnsurePublishedReportsAsync(app);
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");

        var seenByChrzanow = await app.InTenantAsync("chrzanow", db => TenantIdsAsync(db, set));
        var seenByKrasnystaw = await app.InTenantAsync("krasnystaw", db => TenantIdsAsync(db, set));
        var everything = await app.InTenantAsync("chrzanow", db => TenantIdsAsync(db, set, ignoreFilter: true));

        // Both tenants have rows in every set except measurements (Chrzanów's document has no values).
        Assert.Contains(krasnystaw.TenantId, everything);
        Assert.All(seenByChrzanow, id => Assert.Equal(chrzanow.TenantId, id));
        Assert.NotEmpty(seenByKrasnystaw);
        Assert.All(seenByKrasnystaw, id => Assert.Equal(krasnystaw.TenantId, id));
        Assert.Equal(everything.Count, seenByChrzanow.Count + seenByKrasnystaw.Count);
    }

    [Fact]
    public async Task Another_tenants_record_cannot_be_found_by_its_id()
    {
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");

        var found = await app.InTenantAsync("chrzanow", async db => new object?[]
        {
            await db.Strategies.FindAsync(krasnystaw.StrategyId),
            await db.Elements.SingleOrDefaultAsync(e => e.Id == krasnystaw.ElementId),
            await db.Indicators.Include(i => i.Measurements).SingleOrDefaultAsync(i => i.Id == krasnystaw.IndicatorId),
            await db.Measurements.FirstOrDefaultAsync(m => m.IndicatorId == krasnystaw.IndicatorId),
        });

        Assert.All(found, Assert.Null);
    }

    [Fact]
    public async Task Without_a_tenant_no_tenant_owned_row_is_visible()
    {
        var counts = await app.InTenantAsync(null, async db => new[]
        {
            await db.Strategies.CountAsync(),
            await db.Elements.CountAsync(),
            await db.Institutions.CountAsync(),
            await db.Measurements.CountAsync(),
        });

        Assert.All(counts, c => Assert.Equal(0, c));
        // The catalogue itself is global: visible without a tenant.
        Assert.Equal(["chrzanow", "krasnystaw"], await app.InTenantAsync(null, db => db.Tenants.Select(t => t.Identifier).OrderBy(i => i).ToListAsync()));
    }

    private static async Task<List<Guid>> TenantIdsAsync(AppDbContext db, string set, bool ignoreFilter = false)
    {
        var query = (IQueryable<ITenantOwned>)typeof(AppDbContext).GetProperty(set)!.GetValue(db)!;
        if (ignoreFilter)
        {
            query = query.IgnoreQueryFilters([AppDbContext.TenantFilter]);
        }

        return await query.Select(e => e.TenantId).ToListAsync();
    }
}
