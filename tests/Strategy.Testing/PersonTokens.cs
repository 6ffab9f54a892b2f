using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Strategy.Infrastructure.Seeding;

namespace Strategy.Testing;

/// <summary>A signed-in person's tokens for the demo interactive client: authorization code + PKCE, consenting on the way.</summary>
public static class PersonTokens
{
    /// <returns>The token endpoint's answer (access_token, refresh_token, …).</returns>
    public static async Task<JsonElement> GrantAsync(StrategyAppFactory app, HttpClient person, string scope, string decision = "tak")
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = DemoTenants.InteractiveClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = DemoTenants.InteractiveRedirectUri,
            ["scope"] = scope,
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
            ["state"] = "stan-123",
        };

        var authorize = await person.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", parameters!));
        if (authorize.Headers.Location?.OriginalString.StartsWith("/account/zgoda", StringComparison.Ordinal) == true)
        {
            var consent = await person.GetStringAsync(authorize.Headers.Location.OriginalString);
            authorize = await person.PostAsync("/connect/authorize", new FormUrlEncodedContent(new Dictionary<string, string>(parameters)
            {
                ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(consent),
                ["zgoda"] = decision,
            }));
        }

        if (authorize.StatusCode != HttpStatusCode.Redirect || !authorize.Headers.Location!.ToString().StartsWith(DemoTenants.InteractiveRedirectUri, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"No code: {authorize.StatusCode} {authorize.Headers.Location}");
        }

        var query = QueryHelpers.ParseQuery(authorize.Headers.Location!.Query);
        if (!query.TryGetValue("code", out var code))
        {
            return JsonSerializer.SerializeToElement(query.ToDictionary(p => p.Key, p => p.Value.ToString()));
        }

        using var anonymous = SignIn.NewClient(app);
        var tokens = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = DemoTenants.InteractiveClientId,
            ["code"] = code.ToString(),
            ["redirect_uri"] = DemoTenants.InteractiveRedirectUri,
            ["code_verifier"] = verifier,
        }));
        return await tokens.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A refresh token exchanged at the token endpoint: the answer, an error included.</summary>
    public static async Task<HttpResponseMessage> RefreshAsync(StrategyAppFactory app, string refreshToken)
    {
        using var anonymous = SignIn.NewClient(app);
        return await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = DemoTenants.InteractiveClientId,
            ["refresh_token"] = refreshToken,
        }));
    }

    public static HttpClient Bearer(StrategyAppFactory app, string accessToken)
    {
        var client = SignIn.NewClient(app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
