using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// Gives every gmina a save changes a new <see cref="TenantDataVersion"/> in that same save, so in its
/// transaction: no reader can see the new rows under the old version. A new gmina gets its first one.
/// </summary>
internal static class DataVersionRenewal
{
    public static void Renew(AppDbContext db)
    {
        var changed = ChangedTenants.Entries(db.ChangeTracker);
        foreach (var tenantId in ChangedTenants.Of(changed))
        {
            var catalogue = changed.FirstOrDefault(e => e.Entity is Tenant t && t.Id == tenantId)?.State;
            if (catalogue == EntityState.Deleted)
            {
                continue; // the version goes with the catalogue entry
            }

            if (catalogue == EntityState.Added)
            {
                db.Add(TenantDataVersion.First(tenantId));
                continue;
            }

            var version = db.ChangeTracker.Entries<TenantDataVersion>().FirstOrDefault(e => e.Entity.TenantId == tenantId)?.Entity;
            if (version is null)
            {
                version = TenantDataVersion.Existing(tenantId);
                db.Attach(version);
            }

            version.Renew();
            var entry = db.Entry(version);
            if (entry.State != EntityState.Added)
            {
                entry.Property(v => v.Stamp).IsModified = true; // noticed even where change detection is off (bulk seeding)
            }
        }
    }
}
