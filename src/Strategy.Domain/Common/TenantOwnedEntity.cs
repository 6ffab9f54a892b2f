namespace Strategy.Domain.Common;

/// <summary>
/// An entity of one tenant. The tenant is stamped by the persistence layer on insert, never by
/// callers, so that a use case cannot write into a tenant other than the one resolved for the request.
/// </summary>
public abstract class TenantOwnedEntity : Entity, ITenantOwned
{
    public Guid TenantId { get; private set; }
}
