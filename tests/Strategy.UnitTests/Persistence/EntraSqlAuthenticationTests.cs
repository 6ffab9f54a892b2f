using Azure.Core;
using Microsoft.Data.SqlClient;
using Strategy.Infrastructure.Persistence;

namespace Strategy.UnitTests.Persistence;

public sealed class EntraSqlAuthenticationTests
{
    private static SqlAuthenticationParameters Parameters(SqlAuthenticationMethod method, string? userId) =>
        new(method, "strategia.database.windows.net", "strategia", "https://database.windows.net/", "https://login.microsoftonline.com/common", userId, null, Guid.NewGuid(), 30);

    [Fact]
    public async Task A_managed_identity_sign_in_asks_the_user_assigned_identity_for_an_azure_sql_token()
    {
        var asked = new List<(SqlAuthenticationMethod Method, string? ClientId)>();
        var credential = new RecordingCredential("token-1", DateTimeOffset.Parse("2026-12-05T16:00:00Z"));
        var provider = new EntraSqlAuthentication((method, clientId) =>
        {
            asked.Add((method, clientId));
            return credential;
        });

        var token = await provider.AcquireTokenAsync(Parameters(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, "0f1e2d3c-client-id"));

        Assert.Equal(("token-1", DateTimeOffset.Parse("2026-12-05T16:00:00Z")), (token.AccessToken, token.ExpiresOn));
        Assert.Equal([(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, (string?)"0f1e2d3c-client-id")], asked);
        Assert.Equal(["https://database.windows.net//.default"], Assert.Single(credential.Scopes));
    }

    [Fact]
    public async Task Pooled_connections_of_one_identity_share_its_credential_and_so_its_token_cache()
    {
        var made = 0;
        var provider = new EntraSqlAuthentication((_, _) =>
        {
            made++;
            return new RecordingCredential("t", DateTimeOffset.UtcNow.AddHours(1));
        });

        await provider.AcquireTokenAsync(Parameters(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, "a"));
        await provider.AcquireTokenAsync(Parameters(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, "a"));
        await provider.AcquireTokenAsync(Parameters(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, null));

        Assert.Equal(2, made);
    }

    [Fact]
    public void Passwords_and_integrated_sign_in_stay_with_sql_client()
    {
        var provider = new EntraSqlAuthentication();

        Assert.True(provider.IsSupported(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity));
        Assert.True(provider.IsSupported(SqlAuthenticationMethod.ActiveDirectoryDefault));
        Assert.False(provider.IsSupported(SqlAuthenticationMethod.SqlPassword));
        Assert.False(provider.IsSupported(SqlAuthenticationMethod.ActiveDirectoryIntegrated));
    }

    [Fact]
    public async Task A_credential_that_cannot_get_a_token_fails_the_connection_with_its_reason()
    {
        var provider = new EntraSqlAuthentication((_, _) => new FailingCredential());

        var e = await Assert.ThrowsAsync<Azure.Identity.CredentialUnavailableException>(() => provider.AcquireTokenAsync(Parameters(SqlAuthenticationMethod.ActiveDirectoryManagedIdentity, "a")));

        Assert.Contains("No managed identity endpoint", e.Message);
    }

    private sealed class RecordingCredential(string token, DateTimeOffset expiresOn) : TokenCredential
    {
        public List<string[]> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().Result;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.Add(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken(token, expiresOn));
        }
    }

    private sealed class FailingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new Azure.Identity.CredentialUnavailableException("No managed identity endpoint found.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new Azure.Identity.CredentialUnavailableException("No managed identity endpoint found.");
    }
}
