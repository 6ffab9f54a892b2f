using OpenIddict.Abstractions;
using Strategy.Application.Common.Interfaces;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Strategy.Infrastructure.Identity;

/// <summary>API clients as OpenIddict applications; the gmina is kept in the application's properties.</summary>
public sealed class ApiClientRegistry(IOpenIddictApplicationManager applications) : IApiClientRegistry
{
    public const string TenantProperty = "tenant_id";

    public async Task RegisterAsync(string clientId, string secret, string displayName, Guid tenantId, IReadOnlyCollection<string> scopes, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[TenantProperty] = System.Text.Json.JsonSerializer.SerializeToElement(tenantId.ToString());
        await applications.CreateAsync(descriptor, ct);
    }

    public async Task RemoveAsync(string clientId, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application)
        {
            return;
        }

        // The store deletes the client's tokens with it; token-entry validation then refuses them at once.
        await applications.DeleteAsync(application, ct);
    }
}
