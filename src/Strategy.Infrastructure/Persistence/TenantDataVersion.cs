using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// A gmina's data version: a new value, in the same transaction, with every save that changes the
/// gmina's rows or its catalogue entry, on whichever replica made it. A replica keeps what it builds
/// from a gmina's data under the version it read first (ADR 0017): a later request that reads another
/// version builds afresh, so nobody is served what was built from rows older than those they could read.
/// Not gmina data itself (no query filter, not exported): a random value, meaningful only when compared.
/// </summary>
public sealed class TenantDataVersion : IGlobalEntity
{
    private TenantDataVersion()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid Stamp { get; private set; }

    /// <summary>The first version of a new gmina.</summary>
    public static TenantDataVersion First(Guid tenantId) => new() { TenantId = tenantId, Stamp = Guid.NewGuid() };

    /// <summary>A stand-in for an existing gmina's row, to attach and renew without reading it first.</summary>
    public static TenantDataVersion Existing(Guid tenantId) => new() { TenantId = tenantId };

    public void Renew() => Stamp = Guid.NewGuid();
}
