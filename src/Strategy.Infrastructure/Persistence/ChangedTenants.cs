using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Persistence;

/// <summary>What a save is about to change, and whose: the gminy of the tenant-owned rows and catalogue entries in it.</summary>
internal static class ChangedTenants
{
    public static List<EntityEntry> Entries(ChangeTracker tracker) =>
        tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();

    public static HashSet<Guid> Of(IEnumerable<EntityEntry> changed) =>
        changed.Select(e => e.Entity switch
        {
            ITenantOwned owned => owned.TenantId,
            Tenant tenant => tenant.Id,
            _ => (Guid?)null,
        }).OfType<Guid>().ToHashSet();
}
