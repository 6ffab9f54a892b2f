using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Strategy.IntegrationTests.Security;

/// <summary>A person's token does no more than its scopes allow and the person may; an application asks for consent first.</summary>
public sealed class TokenScopeTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_coordinator_s_read_token_cannot_edit_an_element_and_a_write_token_can()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "1.1");
        var read = await PersonTokens.GrantAsync(app, coordinator, "openid strategy.read");
        var write = await PersonTokens.GrantAsync(app, coordinator, "openid strategy.read strategy.write");

        using var reader = PersonTokens.Bearer(app, read.GetProperty("access_token").GetString()!);
        using var writer = PersonTokens.Bearer(app, write.GetProperty("access_token").GetString()!);
        var current = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{element}");
        var edit = new { title = current.GetProperty("element").GetProperty("title").GetString(), statement = "Rodziny radzą sobie same", version = current.GetProperty("version").GetInt32() };

        var refused = await reader.PutAsJsonAsync($"/api/v1/chrzanow/elements/{element}", edit);
        var allowed = await writer.PutAsJsonAsync($"/api/v1/chrzanow/elements/{element}", edit);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("zakresu", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_s_read_token_cannot_reach_the_platform_administration()
    {
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var read = await PersonTokens.GrantAsync(app, admin, "openid strategy.read");
        var platform = await PersonTokens.GrantAsync(app, admin, "openid platform.admin");

        using var reader = PersonTokens.Bearer(app, read.GetProperty("access_token").GetString()!);
        using var administrator = PersonTokens.Bearer(app, platform.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/v1/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/api/v1/admin/audit")).StatusCode);
        // The cookie is the person themself: no scopes bind it.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task A_scope_the_person_s_role_does_not_have_gives_nothing()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var tokens = await PersonTokens.GrantAsync(app, viewer, "openid strategy.write gmina.admin platform.admin");

        using var api = PersonTokens.Bearer(app, tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/chrzanow/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task The_consent_page_lists_the_scopes_in_polish_and_a_refusal_issues_no_code()
    {
        var person = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var response = await person.GetAsync("/account/zgoda?client_id=strategia-demo-cli&scope=openid%20strategy.write&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback");
        var page = await response.Content.ReadAsStringAsync();
        var elsewhere = await person.GetAsync("/account/zgoda?client_id=strategia-demo-cli&scope=openid&response_type=code&redirect_uri=https%3A%2F%2Fzla-strona.example%2F");

        var refused = await PersonTokens.GrantAsync(app, person, "openid strategy.write", decision: "nie");

        Assert.Contains("Demo: klient interaktywny", page);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        // The decision's redirect to the application is a form action: allowed to its registered address only.
        Assert.EndsWith("form-action 'self' http://localhost:8765", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("zmieniać strategie i sprawozdawać wartości", page);
        Assert.Equal("access_denied", refused.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_consent_posted_without_the_consent_page_s_antiforgery_token_issues_no_code()
    {
        var person = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var forged = await person.PostAsync("/connect/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "strategia-demo-cli",
            ["response_type"] = "code",
            ["redirect_uri"] = "http://localhost:8765/callback",
            ["scope"] = "openid gmina.admin",
            ["code_challenge"] = "abcdefghijabcdefghijabcdefghijabcdefghij123",
            ["code_challenge_method"] = "S256",
            ["zgoda"] = "tak",
        }));

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("error=access_denied", forged.Headers.Location!.ToString());
        Assert.DoesNotContain("code=", forged.Headers.Location!.ToString());
    }
}
