using System.Net;
using System.Text.Json;

namespace Strategy.IntegrationTests.Security;

/// <summary>A password change or reset ends the person's other sessions: their refresh tokens no longer mint access tokens.</summary>
public sealed class PasswordChangeSessionTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_refresh_token_issued_before_a_password_change_is_refused()
    {
        var person = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var tokens = await PersonTokens.GrantAsync(app, person, "openid offline_access strategy.read");

        var changed = await SignIn.PostFormAsync(person, "/account/zmiana-hasla", new() { ["CurrentPassword"] = Infrastructure.Seeding.DemoTenants.Password, ["NewPassword"] = "Inne-Haslo-2026!" });
        Assert.Contains("Hasło zostało zmienione.", await changed.Content.ReadAsStringAsync());

        await AssertRefusedAsync(await PersonTokens.RefreshAsync(app, tokens.GetProperty("refresh_token").GetString()!));
        using var api = PersonTokens.Bearer(app, tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me/memberships")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_issued_before_a_reset_is_refused()
    {
        var person = await SignIn.AsAsync(app, "obserwator@krasnystaw.demo");
        var tokens = await PersonTokens.GrantAsync(app, person, "openid offline_access strategy.read");

        using var recovering = SignIn.NewClient(app);
        await SignIn.PostFormAsync(recovering, "/account/niepamietam-hasla", new() { ["Email"] = "obserwator@krasnystaw.demo" });
        var link = await Mail.LinkSentToAsync(app, "obserwator@krasnystaw.demo", "/account/nowe-haslo");
        var reset = await SignIn.PostFormAsync(recovering, link, new() { ["Password"] = "Nowe-Haslo-2026!" }, pageForToken: link);
        Assert.Contains("Hasło zostało zmienione.", await reset.Content.ReadAsStringAsync());

        await AssertRefusedAsync(await PersonTokens.RefreshAsync(app, tokens.GetProperty("refresh_token").GetString()!));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage refreshed)
    {
        var body = await refreshed.Content.ReadAsStringAsync();
        Assert.True(refreshed.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("invalid_grant", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }
}
