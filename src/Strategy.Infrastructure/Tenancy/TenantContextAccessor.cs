using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// Holds the tenant resolved for the current scope (an HTTP request, or one seeding unit of work).
/// Set once by tenant resolution; everything else reads it through <see cref="ITenantContext"/>.
/// </summary>
public sealed class TenantContextAccessor : ITenantContext, ITenantScope
{
    public TenantInfo? Current { get; set; }

    public IDisposable Enter(TenantInfo tenant)
    {
        if (Current is not null && Current.Id != tenant.Id)
        {
            throw new TenantIsolationException($"This unit of work already belongs to {Current.Identifier}; it cannot act as {tenant.Identifier}.");
        }

        var previous = Current;
        Current = tenant;
        return new Restore(() => Current = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
