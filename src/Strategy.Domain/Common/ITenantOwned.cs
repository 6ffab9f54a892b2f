namespace Strategy.Domain.Common;

/// <summary>
/// Marks an entity that belongs to exactly one tenant (gmina). The persistence layer filters such
/// entities by the current tenant and refuses to save one under another tenant.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
