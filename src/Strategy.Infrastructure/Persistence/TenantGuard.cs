using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// The save-time wall between tenants: stamps the current tenant on every new tenant-owned row and
/// refuses any insert, update or delete of a row that belongs to another tenant (or to none).
/// </summary>
internal static class TenantGuard
{
    public static void Check(ChangeTracker changeTracker, Guid? currentTenantId)
    {
        foreach (var entry in changeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var name = entry.Metadata.ClrType.Name;
            if (currentTenantId is not { } current)
            {
                throw new TenantIsolationException($"Cannot save {name}: no tenant is resolved for this unit of work.");
            }

            var property = entry.Property(e => e.TenantId);
            if (entry.State == EntityState.Added && property.CurrentValue == Guid.Empty)
            {
                property.CurrentValue = current;
                continue;
            }

            if (property.CurrentValue != current || (entry.State != EntityState.Added && property.OriginalValue != current))
            {
                throw new TenantIsolationException($"Cannot save {name} {entry.Property(nameof(Entity.Id)).CurrentValue}: it belongs to another tenant.");
            }
        }
    }
}
