using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Identity;

/// <summary>Tokens from OpenIddict in the same host, and the API accepting them within their gmina and scope.</summary>
public sealed class TokenTests(AuthorizationMatrixTests.PrivateChrzanow app) : IClassFixture<AuthorizationMatrixTests.PrivateChrzanow>
{
    [Fact]
    public async Task Discovery_describes_the_endpoints_and_flows()
    {
        using var client = SignIn.NewClient(app);

        var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.EndsWith("/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_client_credentials_client_reads_its_own_gmina_only_and_only_within_its_scopes()
    {
        var admin = await app.ClientAsync("admin@chrzanow.demo");
        var created = await (await admin.PostAsJsonAsync("/api/v1/chrzanow/api-clients", new { displayName = "System PUP", scopes = new[] { "strategy.read" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var clientId = created.GetProperty("clientId").GetString()!;
        var secret = created.GetProperty("clientSecret").GetString()!;

        var token = await ClientCredentialsTokenAsync(clientId, secret, "strategy.read");
        using var api = SignIn.NewClient(app);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        var other = await api.GetAsync("/api/v1/krasnystaw/strategies");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        var withoutScope = await api.GetAsync("/api/v1/chrzanow/audit");
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Contains("zakresu", await withoutScope.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/chrzanow/members")).StatusCode); // no scope manages users

        // The list shows the client, never its secret; revoking it stops the token at once.
        var listed = await admin.GetStringAsync("/api/v1/chrzanow/api-clients");
        Assert.Contains(clientId, listed);
        Assert.DoesNotContain(secret, listed);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/chrzanow/api-clients/{created.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        var refused = await PostTokenRequestAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "strategy.read" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode); // RFC 6749: an unknown client is invalid_client, 401
        Assert.Contains("invalid_client", await refused.Content.ReadAsStringAsync());

        var audit = await admin.GetStringAsync("/api/v1/chrzanow/audit");
        Assert.Contains("api-client.created", audit);
        Assert.Contains("api-client.revoked", audit);
    }

    [Fact]
    public async Task A_client_cannot_ask_for_a_scope_it_was_not_granted()
    {
        var admin = await app.ClientAsync("admin@chrzanow.demo");
        var created = await (await admin.PostAsJsonAsync("/api/v1/chrzanow/api-clients", new { displayName = "Tylko odczyt", scopes = new[] { "strategy.read" } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var response = await PostTokenRequestAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created.GetProperty("clientId").GetString()!,
            ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
            ["scope"] = "audit.read",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Creating_a_client_with_an_unknown_scope_is_a_validation_problem()
    {
        var admin = await app.ClientAsync("admin@chrzanow.demo");

        var response = await admin.PostAsJsonAsync("/api/v1/chrzanow/api-clients", new { displayName = "X", scopes = new[] { "everything" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nieznany zakres", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Authorization_code_with_PKCE_round_trips_for_a_signed_in_person_and_refreshes()
    {
        var person = await app.ClientAsync("koordynator@chrzanow.demo");

        var body = await PersonTokens.GrantAsync(app, person, "openid offline_access strategy.read");

        using var api = PersonTokens.Bearer(app, body.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/chrzanow/members")).StatusCode); // a coordinator, not an admin
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/krasnystaw/members")).StatusCode);
        Assert.Contains("\"tenantIdentifier\":\"chrzanow\"", await api.GetStringAsync("/api/v1/me/memberships"));

        var refreshed = await PersonTokens.RefreshAsync(app, body.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Authorize_without_a_session_sends_the_person_to_sign_in_first()
    {
        using var anonymous = SignIn.NewClient(app);

        var response = await anonymous.GetAsync($"/connect/authorize?client_id={DemoTenants.InteractiveClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(DemoTenants.InteractiveRedirectUri)}&scope=openid&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/logowanie", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Without_any_token_a_private_gmina_answers_401_with_a_bearer_challenge()
    {
        using var anonymous = SignIn.NewClient(app);

        var response = await anonymous.GetAsync("/api/v1/chrzanow/strategies");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    private async Task<string> ClientCredentialsTokenAsync(string clientId, string secret, string scope)
    {
        var response = await PostTokenRequestAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> PostTokenRequestAsync(Dictionary<string, string> form)
    {
        using var client = SignIn.NewClient(app);
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
