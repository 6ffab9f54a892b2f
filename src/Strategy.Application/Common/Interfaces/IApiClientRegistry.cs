namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Registers API clients with the token server (OpenIddict behind it). Its store works in the same
/// unit of work as <see cref="IAppDbContext"/>: what it saves, it saves together with pending changes.
/// </summary>
public interface IApiClientRegistry
{
    /// <summary>Registers a confidential client for the client-credentials flow, bound to one gmina.</summary>
    Task RegisterAsync(string clientId, string secret, string displayName, Guid tenantId, IReadOnlyCollection<string> scopes, CancellationToken ct);

    /// <summary>Removes the client and revokes every token it holds.</summary>
    Task RemoveAsync(string clientId, CancellationToken ct);
}
