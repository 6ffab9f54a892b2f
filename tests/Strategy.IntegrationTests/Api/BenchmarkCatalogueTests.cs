using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Api;

/// <summary>
/// The metric catalogue (platform admins keep it, everyone signed in reads it), a coordinator mapping
/// an indicator to a metric, and a gmina's consent to share: through the API and the pages.
/// </summary>
public sealed class BenchmarkCatalogueTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private static object Metric(string? code = null, string namePl = "Dzieci w pieczy zastępczej", string unit = "osoby", string? bdl = null, int version = 0) => new
    {
        code,
        namePl,
        nameEn = "Children in foster care",
        unit,
        definition = "Dzieci przebywające w rodzinnej i instytucjonalnej pieczy zastępczej (31 grudnia).",
        normalisation = "perThousandResidents",
        direction = "decrease",
        bdlVariableId = bdl is null ? (int?)null : int.Parse(bdl, System.Globalization.CultureInfo.InvariantCulture),
        version,
    };

    private Task<HttpClient> PlatformAdminAsync() => SignIn.AsAsync(app, DemoTenants.PlatformAdminEmail);

    /// <summary>Audit events of the gmina (or of the platform, for null): the log is one table for all.</summary>
    private Task<int> AuditCountAsync(string? tenant, string action, string detail) =>
        app.InTenantAsync(tenant, async db =>
        {
            var tenantId = tenant is null ? (Guid?)null : await db.Tenants.Where(t => t.Identifier == tenant).Select(t => (Guid?)t.Id).SingleAsync();
            return await db.AuditEvents.CountAsync(a => a.TenantId == tenantId && a.Action == action && a.Detail!.Contains(detail));
        });

    /// <summary>The n-th indicator of a gmina that the demo does not map: each test maps its own.</summary>
    private Task<(Guid Id, int Version)> IndicatorAsync(string tenant, int n)
    {
        var demoMapped = Strategy.Infrastructure.Seeding.DemoTenants.MetricMappings[tenant].Keys.ToList();
        return app.InTenantAsync(tenant, async db => await db.Indicators.Where(i => !demoMapped.Contains(i.Name)).OrderBy(i => i.Id).Skip(n).Select(i => new ValueTuple<Guid, int>(i.Id, i.Version)).FirstAsync());
    }

    [Fact]
    public async Task Anyone_signed_in_reads_the_catalogue_and_one_metric_by_code()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@krasnystaw.demo");

        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/benchmark-metrics");
        var one = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/benchmark-metrics/{BenchmarkCatalogue.PopulationCode}");
        var unknown = await viewer.GetAsync("/api/v1/benchmark-metrics/nie-ma-takiego");
        var anonymous = await SignIn.NewClient(app).GetAsync("/api/v1/benchmark-metrics");

        Assert.True(list.GetArrayLength() >= BenchmarkCatalogue.Initial().Count);
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("code").GetString() == "bezrobotni-zarejestrowani" && m.GetProperty("normalisation").GetString() == "perThousandResidents");
        Assert.Equal("Ludność (liczba mieszkańców)", one.GetProperty("namePl").GetString());
        Assert.Equal("osoby", one.GetProperty("unit").GetString());
        Assert.Equal("absolute", one.GetProperty("normalisation").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_gminas_api_client_reads_the_catalogue_with_its_token()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var created = await (await admin.PostAsJsonAsync("/api/v1/chrzanow/api-clients", new { displayName = "Porównania", scopes = new[] { "strategy.read" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var tokenClient = SignIn.NewClient(app);
        var tokenResponse = await tokenClient.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created.GetProperty("clientId").GetString()!,
            ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
            ["scope"] = "strategy.read",
        }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var api = SignIn.NewClient(app);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var list = await api.GetAsync("/api/v1/benchmark-metrics");
        var create = await api.PostAsJsonAsync("/api/v1/benchmark-metrics", Metric("od-klienta-api"));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(BenchmarkCatalogue.PopulationCode, await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_adds_edits_and_deletes_a_metric_and_each_step_is_in_the_platform_log()
    {
        var admin = await PlatformAdminAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/benchmark-metrics", Metric("piecza-zastepcza", bdl: "1234"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/benchmark-metrics/piecza-zastepcza", created.Headers.Location?.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1234, body.GetProperty("bdlVariableId").GetInt32());
        var version = body.GetProperty("version").GetInt32();

        var edited = await admin.PutAsJsonAsync("/api/v1/benchmark-metrics/piecza-zastepcza", Metric(namePl: "Dzieci w pieczy zastępczej ogółem", unit: "dzieci", version: version));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var saved = await admin.GetFromJsonAsync<JsonElement>("/api/v1/benchmark-metrics/piecza-zastepcza");
        Assert.Equal("Dzieci w pieczy zastępczej ogółem", saved.GetProperty("namePl").GetString());
        Assert.Equal("dzieci", saved.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("bdlVariableId").ValueKind);
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());

        var deleted = await admin.DeleteAsync("/api/v1/benchmark-metrics/piecza-zastepcza");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/benchmark-metrics/piecza-zastepcza")).StatusCode);

        Assert.Equal(1, await AuditCountAsync(null, "benchmark-metric.created", "piecza-zastepcza"));
        Assert.Equal(1, await AuditCountAsync(null, "benchmark-metric.edited", "„Dzieci w pieczy zastępczej” → „Dzieci w pieczy zastępczej ogółem”"));
        Assert.Equal(1, await AuditCountAsync(null, "benchmark-metric.deleted", "piecza-zastepcza"));
        Assert.Equal(0, await app.InTenantAsync(null, db => db.AuditEvents.CountAsync(a => a.Action.StartsWith("benchmark-metric.") && a.TenantId != null)));
    }

    [Fact]
    public async Task An_invalid_metric_is_a_400_naming_each_field_in_polish()
    {
        var admin = await PlatformAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/benchmark-metrics", new
        {
            code = "Zły Kod",
            namePl = "",
            nameEn = " ",
            unit = "",
            definition = "",
            normalisation = "absolute",
            direction = "increase",
            bdlVariableId = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("małe litery", errors.GetProperty("code")[0].GetString());
        Assert.Contains("po polsku", errors.GetProperty("namePl")[0].GetString());
        Assert.False(errors.TryGetProperty("nameEn", out _)); // the English name is optional
        Assert.Contains("jednostkę", errors.GetProperty("unit")[0].GetString());
        Assert.Contains("definicję", errors.GetProperty("definition")[0].GetString());
        Assert.Contains("dodatnią liczbą całkowitą", errors.GetProperty("bdlVariableId")[0].GetString());
    }

    [Fact]
    public async Task A_taken_code_a_stale_version_and_a_metric_in_use_are_409s_that_change_nothing()
    {
        var admin = await PlatformAdminAsync();
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/benchmark-metrics", Metric("uzywany-miernik"))).StatusCode);

        var taken = await admin.PostAsJsonAsync("/api/v1/benchmark-metrics", Metric("uzywany-miernik", namePl: "Inny"));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("już jest w katalogu", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var first = await admin.PutAsJsonAsync("/api/v1/benchmark-metrics/uzywany-miernik", Metric(namePl: "Pierwszy zapis", version: 0));
        var stale = await admin.PutAsJsonAsync("/api/v1/benchmark-metrics/uzywany-miernik", Metric(namePl: "Drugi zapis", version: 0));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("„Pierwszy zapis”", problem.GetProperty("detail").GetString());
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Pierwszy zapis", problem.GetProperty("current").GetProperty("namePl").GetString());

        var (id, version) = await IndicatorAsync("chrzanow", 5);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = "uzywany-miernik", version })).StatusCode);
        var inUse = await admin.DeleteAsync("/api/v1/benchmark-metrics/uzywany-miernik");
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("nie można usunąć", (await inUse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Pierwszy zapis", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/benchmark-metrics/uzywany-miernik")).GetProperty("namePl").GetString());
        Assert.True(await AuditCountAsync(null, "rls.bypass", "Katalog mierników") >= 1); // the count across gminy is audited
    }

    [Fact]
    public async Task A_metric_takes_one_indicator_of_a_strategy_so_that_a_gmina_has_one_value_a_year()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (first, firstVersion) = await IndicatorAsync("chrzanow", 8);
        var (second, secondVersion) = await IndicatorAsync("chrzanow", 9);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{first}/benchmark-metric", new { metricCode = "dzienny-dom-pomocy", version = firstVersion })).StatusCode);

        var refused = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{second}/benchmark-metric", new { metricCode = "dzienny-dom-pomocy", version = secondVersion });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("jest już przypisany do wskaźnika", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("metricCode")[0].GetString());
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == second).Select(i => i.BenchmarkMetricId).SingleAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("admin@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("koordynator@krasnystaw.demo", HttpStatusCode.Forbidden)]
    public async Task Only_platform_admins_change_the_catalogue(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);

        var create = await client.PostAsJsonAsync("/api/v1/benchmark-metrics", Metric("nie-wolno"));
        var edit = await client.PutAsJsonAsync($"/api/v1/benchmark-metrics/{BenchmarkCatalogue.PopulationCode}", Metric(namePl: "Nie wolno"));
        var delete = await client.DeleteAsync($"/api/v1/benchmark-metrics/{BenchmarkCatalogue.PopulationCode}");
        var page = await client.GetAsync("/admin/mierniki");

        Assert.Equal(expected, create.StatusCode);
        Assert.Equal(expected, edit.StatusCode);
        Assert.Equal(expected, delete.StatusCode);
        Assert.Equal("application/problem+json", delete.Content.Headers.ContentType?.MediaType);
        Assert.Equal(email is null ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(0, await app.InTenantAsync(null, db => db.BenchmarkMetrics.CountAsync(m => m.Code == "nie-wolno" || m.NamePl == "Nie wolno")));
    }

    [Fact]
    public async Task A_coordinator_maps_an_indicator_sees_it_and_clears_it_and_both_are_audited()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (id, version) = await IndicatorAsync("chrzanow", 0);

        var mapped = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = "stopa-bezrobocia", version });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        var saved = await mapped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stopa-bezrobocia", saved.GetProperty("benchmarkMetricCode").GetString());
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        var indicator = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{id}");
        Assert.Equal("stopa-bezrobocia", indicator.GetProperty("benchmarkMetricCode").GetString());
        Assert.Equal("Stopa bezrobocia", indicator.GetProperty("benchmarkMetricName").GetString());
        Assert.Contains("Stopa bezrobocia (stopa-bezrobocia)", await coordinator.GetStringAsync($"/chrzanow/wskazniki/{id}"));

        var cleared = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = (string?)null, version = version + 1 });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var after = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{id}");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("benchmarkMetricCode").ValueKind);
        Assert.Equal(1, await AuditCountAsync("chrzanow", "indicator.mapped", "→ miernik stopa-bezrobocia"));
        Assert.Equal(1, await AuditCountAsync("chrzanow", "indicator.mapped", "bez miernika porównawczego"));
    }

    [Fact]
    public async Task An_unknown_metric_is_a_400_and_a_stale_version_a_409_and_neither_maps()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (id, version) = await IndicatorAsync("chrzanow", 1);

        var unknown = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = "nie-ma-takiego", version });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nie-ma-takiego", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("metricCode")[0].GetString());

        var stale = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = "stopa-bezrobocia", version = version + 7 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version, (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id).Select(i => i.BenchmarkMetricId).SingleAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("partner@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("koordynator@krasnystaw.demo", HttpStatusCode.NotFound)] // a member of another gmina: as if the indicator did not exist
    public async Task Only_the_gminas_coordinators_map_its_indicators(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);
        var (id, version) = await IndicatorAsync("chrzanow", 2);

        var response = await client.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}/benchmark-metric", new { metricCode = "stopa-bezrobocia", version });

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id).Select(i => i.BenchmarkMetricId).SingleAsync()));
    }

    [Fact]
    public async Task Another_gminas_indicator_is_not_found_through_ones_own_gmina()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (foreign, version) = await IndicatorAsync("krasnystaw", 0);

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{foreign}/benchmark-metric", new { metricCode = "stopa-bezrobocia", version });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Krasnystaw", await response.Content.ReadAsStringAsync());
        Assert.Null(await app.InTenantAsync("krasnystaw", db => db.Indicators.Where(i => i.Id == foreign).Select(i => i.BenchmarkMetricId).SingleAsync()));
    }

    [Fact]
    public async Task A_tenant_admin_withdraws_and_gives_consent_to_share_and_the_settings_say_so()
    {
        var admin = await SignIn.AsAsync(app, "admin@krasnystaw.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var withdrawn = await admin.PutAsJsonAsync("/api/v1/krasnystaw/settings/benchmark-sharing", new { shares = false });
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/settings")).GetProperty("sharesBenchmarks").GetBoolean());
        Assert.False(await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "krasnystaw").Select(t => t.SharesBenchmarks).SingleAsync()));

        var refused = await coordinator.PutAsJsonAsync("/api/v1/krasnystaw/settings/benchmark-sharing", new { shares = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/krasnystaw/settings/benchmark-sharing", new { shares = true })).StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/settings")).GetProperty("sharesBenchmarks").GetBoolean());
        Assert.Equal(1, await AuditCountAsync("krasnystaw", "tenant.benchmark-sharing", "nie udostępnia"));
        Assert.Equal(1, await AuditCountAsync("krasnystaw", "tenant.benchmark-sharing", "udostępnia zatwierdzone"));
    }

    [Fact]
    public async Task The_settings_page_asks_for_consent_and_saves_it()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var page = await admin.GetStringAsync("/chrzanow/admin/ustawienia");
        Assert.Contains("Udostępniaj zatwierdzone wartości do porównań z innymi gminami", page);
        Assert.Contains("name=\"SharesBenchmarks\"", page);

        // An unticked checkbox is not posted: consent is withdrawn.
        var saved = await SignIn.PostFormAsync(admin, "/chrzanow/admin/ustawienia", new() { ["PublicPages"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False(await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "chrzanow").Select(t => t.SharesBenchmarks).SingleAsync()));
        Assert.Contains("Wartości nie są udostępniane do porównań.", await admin.GetStringAsync("/chrzanow/admin/ustawienia"));
        await SignIn.PostFormAsync(admin, "/chrzanow/admin/ustawienia", new() { ["PublicPages"] = "true", ["SharesBenchmarks"] = "true" });
        Assert.True(await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "chrzanow").Select(t => t.SharesBenchmarks).SingleAsync()));
    }

    [Fact]
    public async Task The_catalogue_pages_list_add_and_refuse_a_stale_save_in_polish()
    {
        var admin = await PlatformAdminAsync();

        var list = await admin.GetStringAsync("/admin/mierniki");
        Assert.Contains("<caption>Mierniki w katalogu:", list);
        Assert.Contains("href=\"/admin/mierniki/stopa-bezrobocia\"", list);
        Assert.Contains("href=\"/admin/mierniki\"", await admin.GetStringAsync("/admin")); // the platform admin navigation

        var invalid = await SignIn.PostFormAsync(admin, "/admin/mierniki/nowy", new() { ["Input.Code"] = "Zły", ["Input.NamePl"] = "", ["Input.NameEn"] = "x", ["Input.Unit"] = "osoby", ["Input.Definition"] = "x", ["Input.BdlVariableId"] = "abc" });
        var invalidPage = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Popraw błędy w formularzu", invalidPage);
        Assert.Contains("„abc” nie jest prawidłową wartością", invalidPage);

        var created = await SignIn.PostFormAsync(admin, "/admin/mierniki/nowy", new()
        {
            ["Input.Code"] = "ze-strony", ["Input.NamePl"] = "Miernik ze strony", ["Input.NameEn"] = "Metric from the page", ["Input.Unit"] = "osoby",
            ["Input.Definition"] = "Definicja.", ["Input.Normalisation"] = "Percentage", ["Input.Direction"] = "Increase", ["Input.BdlVariableId"] = "60270",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Dodano miernik „Miernik ze strony” (ze-strony).", await admin.GetStringAsync("/admin/mierniki"));
        Assert.Equal(60270, await app.InTenantAsync(null, db => db.BenchmarkMetrics.Where(m => m.Code == "ze-strony").Select(m => m.BdlVariableId).SingleAsync()));

        var edit = new Dictionary<string, string>
        {
            ["Input.NamePl"] = "Zmieniony ze strony", ["Input.NameEn"] = "Changed", ["Input.Unit"] = "%", ["Input.Definition"] = "Definicja.",
            ["Input.Normalisation"] = "Percentage", ["Input.Direction"] = "Increase", ["Input.Version"] = "0",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostFormAsync(admin, "/admin/mierniki/ze-strony", new(edit))).StatusCode);
        var stale = await SignIn.PostFormAsync(admin, "/admin/mierniki/ze-strony", new(edit) { ["Input.NamePl"] = "Drugi zapis" });
        var stalePage = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Ktoś inny zapisał ten miernik", stalePage);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", stalePage); // the form moved to the stored version
        Assert.Equal("Zmieniony ze strony", await app.InTenantAsync(null, db => db.BenchmarkMetrics.Where(m => m.Code == "ze-strony").Select(m => m.NamePl).SingleAsync()));
        Assert.Null(await app.InTenantAsync(null, db => db.BenchmarkMetrics.Where(m => m.Code == "ze-strony").Select(m => m.BdlVariableId).SingleAsync())); // the emptied field cleared it
    }

    [Fact]
    public async Task The_indicator_edit_page_maps_to_a_metric_chosen_from_the_catalogue()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (id, version) = await IndicatorAsync("chrzanow", 3);
        var path = $"/chrzanow/wskazniki/{id}/edycja";

        var page = await coordinator.GetStringAsync(path);
        Assert.Contains(">Miernik porównawczy</label>", page);
        Assert.Contains("<option value=\"\">— brak —</option>", page);
        Assert.Contains("<option value=\"uslugi-opiekuncze\">", page);

        var saved = await SignIn.PostFormAsync(coordinator, path + "?handler=Metric", new() { ["Mapping.MetricCode"] = "uslugi-opiekuncze", ["Mapping.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, path);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("<option value=\"uslugi-opiekuncze\" selected=\"selected\"|<option selected=\"selected\" value=\"uslugi-opiekuncze\"", await coordinator.GetStringAsync(path));

        var stale = await SignIn.PostFormAsync(coordinator, path + "?handler=Metric", new() { ["Mapping.MetricCode"] = "", ["Mapping.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, path);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Teraz jest przypisany do miernika „uslugi-opiekuncze”", await stale.Content.ReadAsStringAsync());
    }
}
