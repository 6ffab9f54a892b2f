using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// Holds the tenant resolved for the current scope (an HTTP request, or one seeding unit of work).
/// Set once by tenant resolution; everything else reads it through <see cref="ITenantContext"/>.
/// </summary>
public sealed class TenantContextAccessor : ITenantContext
{
    public TenantInfo? Current { get; set; }
}
