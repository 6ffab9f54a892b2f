using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Strategy.IntegrationTests.Identity;

/// <summary>
/// What the public reads of a gmina whose pages are public: its adopted strategies and approved values,
/// nothing of its internal work (strategies not adopted, the history of values with partners' drafts,
/// reporting rounds). Members, the gmina's API clients and support sessions keep reading everything.
/// The host is this class's own: drafts, support sessions and API clients made here touch no other test.
/// </summary>
public sealed class PublicReadingTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Draft = "szkic partnera do sprawdzenia";

    [Fact]
    public async Task An_anonymous_visitor_reads_the_adopted_strategy_and_its_approved_values()
    {
        using var anonymous = SignIn.NewClient(app);
        var demo = await DemoData.ReadAsync(app, "krasnystaw");
        var indicator = await DemoData.IndicatorIdAsync(app, "krasnystaw", "Liczba osób w wieku poprodukcyjnym i ich udział w ogóle mieszkańców");

        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/strategies");
        var strategy = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{demo.StrategyId}");
        var json = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/indicators/{indicator}");
        var page = await anonymous.GetStringAsync($"/krasnystaw/wskazniki/{indicator}");

        Assert.Equal("adopted", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(8, strategy.GetProperty("elements").GetArrayLength());
        Assert.Equal(4791m, Assert.Single(json.GetProperty("measurements").EnumerateArray()).GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("history").ValueKind);
        Assert.Contains("4\u00A0791\u00A0osób", WebUtility.HtmlDecode(page)); // the unit declined by the number
        Assert.DoesNotContain("Historia zmian", page);
    }

    [Fact]
    public async Task A_partners_draft_value_shows_in_the_history_for_the_gmina_only()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundAsync(coordinator);
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[0].GetProperty("indicatorId").GetGuid();
        var saved = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 321m, note = Draft });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        foreach (var member in new[] { coordinator, await SignIn.AsAsync(app, "obserwator@chrzanow.demo") })
        {
            var json = await member.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}");
            Assert.Contains(json.GetProperty("history").EnumerateArray(), h => h.GetProperty("newValue").GetProperty("note").GetString() == Draft);
            var page = await member.GetStringAsync($"/chrzanow/wskazniki/{indicator}");
            Assert.Contains("Historia zmian", page);
            Assert.Contains(Draft, page);
        }

        // The public: anonymous, or signed in without a role in this gmina.
        foreach (var visitor in new[] { SignIn.NewClient(app), await SignIn.AsAsync(app, "admin@krasnystaw.demo") })
        {
            var response = await visitor.GetAsync($"/api/v1/chrzanow/indicators/{indicator}");
            var json = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("history").ValueKind);
            Assert.DoesNotContain(Draft, json);
            var page = await visitor.GetStringAsync($"/chrzanow/wskazniki/{indicator}");
            Assert.Contains("Wartości w kolejnych latach", page);
            Assert.DoesNotContain("Historia zmian", page);
            Assert.DoesNotContain(Draft, page);
        }
    }

    [Fact]
    public async Task A_strategy_not_yet_adopted_is_not_found_by_the_public_but_read_by_the_gmina()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var draft = await CreateDraftAsync(coordinator, "Projekt strategii na lata 2027–2035");

        using var anonymous = SignIn.NewClient(app);
        var stranger = await SignIn.AsAsync(app, "admin@krasnystaw.demo");
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        foreach (var path in draft.Paths)
        {
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"anonymous {path}");
            Assert.True((await stranger.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"another gmina's admin {path}");
            Assert.True((await coordinator.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"coordinator {path}");
            Assert.True((await viewer.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"viewer {path}");
        }

        Assert.DoesNotContain(draft.Title, await anonymous.GetStringAsync("/api/v1/chrzanow/strategies"));
        Assert.DoesNotContain(draft.Title, await anonymous.GetStringAsync("/chrzanow"));
        Assert.Contains(draft.Title, await coordinator.GetStringAsync("/api/v1/chrzanow/strategies"));
        Assert.Contains(draft.Title, await viewer.GetStringAsync("/chrzanow"));
    }

    [Fact]
    public async Task The_public_does_not_get_the_list_of_archived_elements()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var task = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.5");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{task}")).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{task}/archive", new { version })).StatusCode);
        using var anonymous = SignIn.NewClient(app);

        var forMembers = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}");
        var forPublic = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}");

        Assert.Contains(forMembers.GetProperty("archived").EnumerateArray(), a => a.GetProperty("id").GetGuid() == task);
        Assert.Equal(0, forPublic.GetProperty("archived").GetArrayLength());
        Assert.DoesNotContain("Zarchiwizowane elementy", await anonymous.GetStringAsync($"/chrzanow/strategie/{strategy}"));
        Assert.Contains("Zarchiwizowane elementy", await coordinator.GetStringAsync($"/chrzanow/strategie/{strategy}"));
    }

    [Fact]
    public async Task The_public_dashboard_shows_approved_values_without_the_rounds_work()
    {
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundAsync(coordinator);
        using var anonymous = SignIn.NewClient(app);

        var publicDashboard = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{demo.StrategyId}/dashboard");
        var membersDashboard = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{demo.StrategyId}/dashboard");
        var publicPage = await anonymous.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/pulpit");
        var membersPage = await coordinator.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/pulpit");

        Assert.Equal(JsonValueKind.Null, publicDashboard.GetProperty("currentRound").ValueKind);
        Assert.Equal(membersDashboard.GetProperty("goals").GetArrayLength(), publicDashboard.GetProperty("goals").GetArrayLength());
        Assert.Equal(round, membersDashboard.GetProperty("currentRound").GetProperty("id").GetGuid());
        Assert.Contains("Wskaźniki według celów", publicPage);
        Assert.DoesNotContain("Kompletność danych", publicPage);
        Assert.DoesNotContain($"/chrzanow/rundy/{round}", publicPage);
        Assert.Contains("Kompletność danych", membersPage);
    }

    [Theory]
    [InlineData("/api/v1/chrzanow/rounds")]
    [InlineData("/api/v1/chrzanow/rounds/{round}")]
    [InlineData("/api/v1/chrzanow/institutions")]
    [InlineData("/chrzanow/rundy/{round}")]
    [InlineData("/chrzanow/monitoring")]
    public async Task Reporting_rounds_and_the_institution_registry_are_for_the_gmina_only(string template)
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var path = template.Replace("{round}", (await OpenRoundAsync(coordinator)).ToString(), StringComparison.Ordinal);
        using var anonymous = SignIn.NewClient(app);

        var forAnonymous = await anonymous.GetAsync(path);
        var forStranger = await (await SignIn.AsAsync(app, "admin@krasnystaw.demo")).GetAsync(path);
        var forViewer = await (await SignIn.AsAsync(app, "obserwator@chrzanow.demo")).GetAsync(path);

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forAnonymous.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, forAnonymous.StatusCode);
            Assert.StartsWith("/account/logowanie", forAnonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forViewer.StatusCode);
    }

    [Fact]
    public async Task A_support_session_and_the_gminas_api_client_read_what_members_read()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var draft = await CreateDraftAsync(coordinator, "Projekt strategii do wsparcia");
        var indicator = (await DemoData.ReadAsync(app, "chrzanow")).IndicatorId;

        // A platform admin without a session reads a public gmina as the public does; inside one, as its members.
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var chrzanowId = (await DemoData.ReadAsync(app, "chrzanow")).TenantId;
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(draft.Paths[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/tenants/{chrzanowId}/support-sessions", new { reason = "Zgłoszenie nr 7" })).StatusCode);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(draft.Paths[0])).StatusCode);
            Assert.Equal(JsonValueKind.Array, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}")).GetProperty("history").ValueKind);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/chrzanow/rounds")).StatusCode);
        }
        finally
        {
            await admin.DeleteAsync($"/api/v1/admin/tenants/{chrzanowId}/support-sessions");
        }

        var tenantAdmin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var created = await (await tenantAdmin.PostAsJsonAsync("/api/v1/chrzanow/api-clients", new { displayName = "System sprawozdań", scopes = new[] { "strategy.read" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var api = SignIn.NewClient(app);
        var token = await api.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created.GetProperty("clientId").GetString()!,
            ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
            ["scope"] = "strategy.read",
        }));
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(draft.Paths[0])).StatusCode);
        Assert.Equal(JsonValueKind.Array, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}")).GetProperty("history").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/chrzanow/rounds")).StatusCode);
    }

    [Fact]
    public async Task With_public_pages_off_the_public_is_asked_to_sign_in_as_before()
    {
        // Its own host: switching Chrzanów's pages off must not reach the other tests.
        await using var privateApp = new StrategyAppFactory();
        await DemoData.EnsurePublishedReportsAsync(privateApp);
        var admin = await SignIn.AsAsync(privateApp, "admin@chrzanow.demo");
        (await admin.PutAsJsonAsync("/api/v1/chrzanow/settings/public-pages", new { enabled = false })).EnsureSuccessStatusCode();
        var demo = await DemoData.ReadAsync(privateApp, "chrzanow");
        using var anonymous = SignIn.NewClient(privateApp);

        var report = $"strategie/{demo.StrategyId}/raporty/{DemoData.ReportYear}/wersje/1";
        foreach (var page in new[] { "/chrzanow", $"/chrzanow/strategie/{demo.StrategyId}", $"/chrzanow/wskazniki/{demo.IndicatorId}", "/chrzanow/deklaracja-dostepnosci", $"/chrzanow/{report}", $"/chrzanow/strategie/{demo.StrategyId}/raporty" })
        {
            var response = await anonymous.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
            Assert.StartsWith("/account/logowanie", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/api/v1/chrzanow/strategies", $"/api/v1/chrzanow/strategies/{demo.StrategyId}", $"/api/v1/chrzanow/indicators/{demo.IndicatorId}", $"/api/v1/chrzanow/strategies/{demo.StrategyId}/dashboard", $"/api/v1/chrzanow/strategies/{demo.StrategyId}/reports/{DemoData.ReportYear}/versions/1.docx" })
        {
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.Unauthorized, path);
        }

        // The platform's statement is always public; a public gmina's too.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/deklaracja-dostepnosci")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/krasnystaw/deklaracja-dostepnosci")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/chrzanow/deklaracja-dostepnosci")).StatusCode);
    }

    private static async Task<Guid> OpenRoundAsync(HttpClient coordinator) =>
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();

    /// <summary>A new strategy (a draft until adopted) with one element and indicator; every address that shows it.</summary>
    private static async Task<DraftStrategy> CreateDraftAsync(HttpClient coordinator, string title)
    {
        var strategy = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/chrzanow/strategies", new { title, periodStart = 2027, periodEnd = 2035, levelNames = new[] { "Cel", "Zadanie" } }));
        var element = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { code = "1", title = "Cel projektu" }));
        var indicator = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/indicators", new { name = "Wskaźnik projektu" }));
        return new DraftStrategy(title,
        [
            $"/api/v1/chrzanow/strategies/{strategy}",
            $"/api/v1/chrzanow/strategies/{strategy}/export",
            $"/api/v1/chrzanow/strategies/{strategy}/dashboard",
            $"/api/v1/chrzanow/elements/{element}",
            $"/api/v1/chrzanow/indicators/{indicator}",
            $"/chrzanow/strategie/{strategy}",
            $"/chrzanow/strategie/{strategy}/pulpit",
            $"/chrzanow/elementy/{element}",
            $"/chrzanow/wskazniki/{indicator}",
        ]);
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private sealed record DraftStrategy(string Title, IReadOnlyList<string> Paths);
}
