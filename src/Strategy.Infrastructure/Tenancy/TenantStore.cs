using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// The tenant catalogue lookup used on every request. Known tenants are cached briefly so that a
/// page view does not cost a catalogue query; the short lifetime bounds how long another replica
/// may serve a tenant whose state just changed.
/// </summary>
public sealed class TenantStore(AppDbContext db, IMemoryCache cache) : ITenantStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken)
    {
        var key = "tenant:" + identifier;
        if (cache.TryGetValue(key, out TenantInfo? cached))
        {
            return cached;
        }

        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Identifier == identifier, cancellationToken);
        if (tenant is null)
        {
            return null; // unknown identifiers are not cached: a tenant created a moment later must resolve
        }

        var info = ToInfo(tenant);
        cache.Set(key, info, CacheFor);
        return info;
    }

    /// <summary>Drops the cached entry after a change, so this replica sees it at once.</summary>
    public void Forget(string identifier) => cache.Remove("tenant:" + identifier);

    public static TenantInfo ToInfo(Tenant t) =>
        new(t.Id, t.Identifier, t.Name, t.TerytCode.Value, t.Kind, t.Voivodeship, t.State, t.PublicPagesEnabled);
}
