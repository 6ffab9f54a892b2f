using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Strategy.Infrastructure.Seeding;

namespace Strategy.Testing;

/// <summary>HTTP clients signed in through the real sign-in form (antiforgery token and all).</summary>
public static partial class SignIn
{
    /// <summary>
    /// A client that keeps cookies and talks HTTPS to the test server, so the Secure, __Host- cookies
    /// travel as they would in a browser. Redirects are not followed, so tests see them.
    /// </summary>
    public static HttpClient NewClient(StrategyAppFactory app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        // As a browser on the platform's own pages: cookie-authenticated API changes need it (CookieApiOriginCheck).
        client.DefaultRequestHeaders.Add("Origin", "https://localhost");
        return client;
    }

    public static async Task<HttpClient> AsAsync(StrategyAppFactory app, string email, string password = DemoTenants.Password)
    {
        var client = NewClient(app);
        var response = await PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs the page for its antiforgery token, then POSTs the form with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? pageForToken = null)
    {
        var page = await client.GetStringAsync(pageForToken ?? path);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
