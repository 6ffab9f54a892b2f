namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Lets a request that has no gmina of its own (accepting an invitation) act as one gmina for a
/// moment. Refused when the request already has another gmina: nothing switches tenants mid-request.
/// </summary>
public interface ITenantScope
{
    IDisposable Enter(TenantInfo tenant);
}
