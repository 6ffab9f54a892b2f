using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Strategies;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>The second wall inside the application: saving never crosses a tenant boundary.</summary>
[Collection(AppCollection.Name)]
public sealed class TenantSaveGuardTests(StrategyAppFactory app)
{
    [Fact]
    public async Task A_new_row_is_stamped_with_the_current_tenant()
    {
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        var name = "Instytucja testowa " + Guid.NewGuid();

        var saved = await app.InTenantAsync("chrzanow", async db =>
        {
            var institution = new Institution(name);
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            db.Institutions.Remove(institution);
            await db.SaveChangesAsync();
            return institution.TenantId;
        });

        Assert.Equal(chrzanow.TenantId, saved);
    }

    [Fact]
    public async Task Updating_another_tenants_row_through_this_tenant_throws_and_saves_nothing()
    {
        var theirs = await app.InTenantAsync("krasnystaw", db => db.Institutions.AsNoTracking().OrderBy(i => i.Name).FirstAsync());
        var originalName = theirs.Name;

        var error = await Assert.ThrowsAsync<TenantIsolationException>(() => app.InTenantAsync("chrzanow", async db =>
        {
            db.Institutions.Attach(theirs);
            db.Entry(theirs).Property(i => i.Name).CurrentValue = "Przejęta";
            await db.SaveChangesAsync();
        }));

        Assert.Contains("another tenant", error.Message);
        var unchanged = await app.InTenantAsync("krasnystaw", db => db.Institutions.SingleAsync(i => i.Id == theirs.Id));
        Assert.Equal(originalName, unchanged.Name);
    }

    [Fact]
    public async Task Deleting_another_tenants_row_through_this_tenant_throws()
    {
        var theirs = await app.InTenantAsync("krasnystaw", db => db.Institutions.AsNoTracking().OrderBy(i => i.Name).FirstAsync());

        await Assert.ThrowsAsync<TenantIsolationException>(() => app.InTenantAsync("chrzanow", async db =>
        {
            db.Institutions.Remove(theirs);
            await db.SaveChangesAsync();
        }));

        Assert.True(await app.InTenantAsync("krasnystaw", db => db.Institutions.AnyAsync(i => i.Id == theirs.Id)));
    }

    [Fact]
    public async Task Inserting_a_row_marked_for_another_tenant_throws()
    {
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");

        await Assert.ThrowsAsync<TenantIsolationException>(() => app.InTenantAsync("chrzanow", async db =>
        {
            var institution = new Institution("Podrzucona " + Guid.NewGuid());
            db.Institutions.Add(institution);
            db.Entry(institution).Property(i => i.TenantId).CurrentValue = krasnystaw.TenantId;
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_throws()
    {
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");

        await Assert.ThrowsAsync<TenantIsolationException>(() => app.InTenantAsync("chrzanow", async db =>
        {
            var ours = await db.Institutions.OrderBy(i => i.Name).FirstAsync();
            db.Entry(ours).Property(i => i.TenantId).CurrentValue = krasnystaw.TenantId;
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Saving_without_a_tenant_throws()
    {
        var error = await Assert.ThrowsAsync<TenantIsolationException>(() => app.InTenantAsync(null, async db =>
        {
            db.Institutions.Add(new Institution("Bez gminy"));
            await db.SaveChangesAsync();
        }));

        Assert.Contains("no tenant", error.Message);
    }

    [Fact]
    public async Task Tenant_unique_indexes_allow_the_same_name_in_two_gminy()
    {
        // "Miejski Ośrodek Pomocy Społecznej" exists in Krasnystaw; Chrzanów may have its own.
        var name = "Miejski Ośrodek Pomocy Społecznej";
        Assert.True(await app.InTenantAsync("krasnystaw", db => db.Institutions.AnyAsync(i => i.Name == name)));

        await app.InTenantAsync("chrzanow", async db =>
        {
            var institution = new Institution(name);
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            db.Institutions.Remove(institution);
            await db.SaveChangesAsync();
        });

        // Within one gmina the index still holds; the broken index surfaces as a save conflict.
        var conflict = await Assert.ThrowsAsync<Strategy.Application.Common.Exceptions.ConflictException>(() => app.InTenantAsync("krasnystaw", async db =>
        {
            db.Institutions.Add(new Institution(name));
            await db.SaveChangesAsync();
        }));
        Assert.IsType<DbUpdateException>(conflict.InnerException);
    }
}
