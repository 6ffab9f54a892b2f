using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Security;

/// <summary>A cookie-authenticated change through the API needs the browser's proof that it comes from the platform's own pages.</summary>
public sealed class CrossSiteRequestTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Strategy = "Strategia z innej witryny\n\nCel strategiczny 1. Wsparcie rodzin\nCele operacyjne\n1. Pomoc rodzinom\n";

    [Theory]
    [InlineData("https://zla-strona.example", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, null)]
    public async Task A_text_plain_post_from_another_site_with_the_coordinator_s_cookie_creates_nothing(string? origin, string? fetchSite)
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        coordinator.DefaultRequestHeaders.Remove("Origin");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chrzanow/strategies/import?commit=true") { Content = new StringContent(Strategy, Encoding.UTF8, "text/plain") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Żądanie spoza platformy", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task The_same_post_from_the_platform_s_own_page_goes_through()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        coordinator.DefaultRequestHeaders.Remove("Origin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chrzanow/strategies/import") { Content = new StringContent(Strategy, Encoding.UTF8, "text/plain") };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bearer_call_needs_no_origin()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var tokens = await PersonTokens.GrantAsync(app, coordinator, "openid strategy.write");
        using var api = PersonTokens.Bearer(app, tokens.GetProperty("access_token").GetString()!);
        api.DefaultRequestHeaders.Remove("Origin");

        var response = await api.PostAsync("/api/v1/chrzanow/strategies/import", new StringContent(Strategy, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
