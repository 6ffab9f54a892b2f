using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Api;

/// <summary>Defining an indicator: through the API and the page, and never overwriting someone else's save.</summary>
public sealed class EditIndicatorTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    /// <summary>The n-th indicator of Chrzanów's strategy: each test edits its own.</summary>
    private Task<Guid> IndicatorIdAsync(int n) =>
        app.InTenantAsync("chrzanow", db => db.Indicators.OrderBy(i => i.Id).Select(i => i.Id).Skip(n).FirstAsync());

    private Task<int> VersionAsync(Guid id) =>
        app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

    private Task<string> NameAsync(Guid id) =>
        app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id).Select(i => i.Name).SingleAsync());

    private Task<Guid> InstitutionIdAsync(string tenant, string name) =>
        app.InTenantAsync(tenant, db => db.Institutions.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task A_coordinator_defines_an_indicator_and_the_indicator_shows_the_new_definition()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(0);
        var version = await VersionAsync(id);
        var ops = await InstitutionIdAsync("chrzanow", "Ośrodek Pomocy Społecznej");

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new
        {
            name = "Liczba rodzin w kryzysie",
            unit = "rodziny",
            dataSource = "dane Ośrodka Pomocy Społecznej",
            direction = "decrease",
            baselineYear = 2019,
            baselineValue = 1234.5m,
            targetYear = 2025,
            targetValue = 900m,
            supplierInstitutionId = ops,
            version,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        var indicator = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{id}");
        Assert.Equal("Liczba rodzin w kryzysie", indicator.GetProperty("name").GetString());
        Assert.Equal("rodziny", indicator.GetProperty("unit").GetString());
        Assert.Equal("dane Ośrodka Pomocy Społecznej", indicator.GetProperty("dataSource").GetString());
        Assert.Equal("decrease", indicator.GetProperty("direction").GetString());
        Assert.Equal(2019, indicator.GetProperty("baseline").GetProperty("year").GetInt32());
        Assert.Equal(1234.5m, indicator.GetProperty("baseline").GetProperty("value").GetDecimal());
        Assert.Equal(2025, indicator.GetProperty("target").GetProperty("year").GetInt32());
        Assert.Equal(900m, indicator.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.Equal("Ośrodek Pomocy Społecznej", indicator.GetProperty("supplier").GetString());
        Assert.Equal(version + 1, indicator.GetProperty("version").GetInt32()); // the version to edit from next
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "indicator.edited" && a.Detail!.Contains("Liczba rodzin w kryzysie"))));
    }

    [Fact]
    public async Task The_baseline_target_and_supplier_may_be_cleared()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(1);
        var ops = await InstitutionIdAsync("chrzanow", "Ośrodek Pomocy Społecznej");
        var version = await VersionAsync(id);
        var first = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new
        {
            name = "Wskaźnik do wyczyszczenia", direction = "increase", baselineYear = 2018, baselineValue = 5m, targetYear = 2024, targetValue = 7.5m, supplierInstitutionId = ops, version,
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var cleared = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Wskaźnik do wyczyszczenia", direction = "increase", version = version + 1 });

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var indicator = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{id}");
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("baseline").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("supplier").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("unit").ValueKind);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_give_one_success_and_one_409_naming_the_other_value()
    {
        var first = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var second = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var id = await IndicatorIdAsync(2);
        var version = await VersionAsync(id);

        var saved = await first.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Wersja koordynatora", direction = "increase", targetYear = 2025, targetValue = 12.5m, version });
        var refused = await second.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Wersja administratora", direction = "decrease", version });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("„Wersja koordynatora”", detail);
        Assert.Contains("wartość docelowa 12,5 (2025)", detail);
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Wersja koordynatora", problem.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal("Wersja koordynatora", await NameAsync(id));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("partner@chrzanow.demo", HttpStatusCode.Forbidden)]
    public async Task Only_those_who_manage_the_strategy_may_define_indicators(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);
        var id = await IndicatorIdAsync(3);
        var version = await VersionAsync(id);

        var response = await client.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Nie wolno", direction = "increase", version });

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEqual("Nie wolno", await NameAsync(id));
        Assert.Equal(version, await VersionAsync(id));
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_a_validation_problem_naming_the_field()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(4);
        var version = await VersionAsync(id);

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Wskaźnik", direction = "increase", baselineYear = 2019, baselineValue = "abc", version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("liczby JSON", problem.GetProperty("errors").GetProperty("baselineValue")[0].GetString());
        Assert.Equal(version, await VersionAsync(id));
    }

    [Fact]
    public async Task A_year_without_its_value_and_a_target_before_the_baseline_are_validation_problems()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(4);
        var version = await VersionAsync(id);

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new
        {
            name = "Wskaźnik", direction = "increase", baselineYear = 2020, baselineValue = 5m, targetYear = 2019, targetValue = 6m, version,
        });
        var alone = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Wskaźnik", direction = "increase", targetYear = 2025, version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nie może być wcześniejszy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetYear")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.Equal("Podaj wartość docelową do roku albo usuń rok wartości docelowej.", (await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetValue")[0].GetString());
        Assert.Equal(version, await VersionAsync(id));
    }

    [Fact]
    public async Task Another_gminas_institution_as_supplier_is_not_found_and_nothing_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(5);
        var version = await VersionAsync(id);
        var foreign = await InstitutionIdAsync("krasnystaw", "Miejski Ośrodek Pomocy Społecznej");

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Cudzy dostawca", direction = "increase", supplierInstitutionId = foreign, version });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("Cudzy dostawca", await NameAsync(id));
        Assert.Equal(version, await VersionAsync(id));
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id && i.SupplierInstitutionId == foreign).Select(i => (Guid?)i.Id).SingleOrDefaultAsync()));
    }

    [Fact]
    public async Task The_edit_page_is_for_those_who_manage_the_strategy()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(6);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/chrzanow/wskazniki/{id}/edycja")).StatusCode);
        Assert.DoesNotContain("Edytuj wskaźnik", await viewer.GetStringAsync($"/chrzanow/wskazniki/{id}"));
        Assert.Contains($"href=\"/chrzanow/wskazniki/{id}/edycja\"", await coordinator.GetStringAsync($"/chrzanow/wskazniki/{id}"));
        var form = await coordinator.GetStringAsync($"/chrzanow/wskazniki/{id}/edycja");
        Assert.Contains("koordynator (brak instytucji)", form);
        Assert.Contains("<legend class=\"form-label fs-6\">Pożądany kierunek</legend>", form);
    }

    [Fact]
    public async Task The_edit_page_refuses_a_stale_form_with_the_other_definition_and_then_saves_deliberately()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(7);
        var page = $"/chrzanow/wskazniki/{id}/edycja";
        var stale = await VersionAsync(id);
        var ops = await InstitutionIdAsync("chrzanow", "Ośrodek Pomocy Społecznej");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Zapisane przez kogoś innego", direction = "increase", version = stale })).StatusCode);
        Dictionary<string, string> Form(int version) => new()
        {
            ["Input.Name"] = "Moja wersja",
            ["Input.Unit"] = "osoby",
            ["Input.Direction"] = "Decrease",
            ["Input.BaselineYear"] = "2019",
            ["Input.BaselineValue"] = "1 234,5",
            ["Input.TargetYear"] = "2025",
            ["Input.TargetValue"] = "1000",
            ["Input.SupplierInstitutionId"] = ops.ToString(),
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        };

        var refused = await SignIn.PostFormAsync(coordinator, page, Form(stale));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Ktoś inny zapisał ten wskaźnik", html);
        Assert.Contains("nazwa „Zapisane przez kogoś innego”", html);
        Assert.Contains($"value=\"{stale + 1}\"", html); // the form now stands on the other person's version
        Assert.Contains("value=\"1 234,5\"", html); // and keeps what this person typed
        Assert.Equal("Zapisane przez kogoś innego", await NameAsync(id));

        var saved = await SignIn.PostFormAsync(coordinator, page, Form(stale + 1));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/chrzanow/wskazniki/{id}", saved.Headers.Location?.OriginalString);
        var indicator = await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == id).SingleAsync());
        Assert.Equal(("Moja wersja", "osoby", Strategy.Domain.Indicators.IndicatorDirection.Decrease), (indicator.Name, indicator.Unit, indicator.Direction));
        Assert.Equal((2019, 1234.5m, 2025, 1000m), (indicator.BaselineYear, indicator.BaselineValue, indicator.TargetYear, indicator.TargetValue));
        Assert.Equal(ops, indicator.SupplierInstitutionId);
    }

    [Fact]
    public async Task The_edit_page_names_a_value_that_is_not_a_number_at_its_field()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await IndicatorIdAsync(8);
        var version = await VersionAsync(id);

        var response = await SignIn.PostFormAsync(coordinator, $"/chrzanow/wskazniki/{id}/edycja", new()
        {
            ["Input.Name"] = "Wskaźnik",
            ["Input.Direction"] = "Increase",
            ["Input.BaselineYear"] = "2019",
            ["Input.BaselineValue"] = "dużo",
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Input_BaselineValue\">„dużo” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.</a>", await response.Content.ReadAsStringAsync());
        Assert.Equal(version, await VersionAsync(id));
    }

    [Fact]
    public async Task A_coordinator_adds_an_indicator_to_an_element_and_then_defines_it()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "4.1");

        var added = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/indicators", new { name = "Liczba miejsc w klubie seniora", unit = "miejsca" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var created = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/chrzanow/indicators/{id}", added.Headers.Location?.OriginalString);
        var defined = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/indicators/{id}", new { name = "Liczba miejsc w klubie seniora", unit = "miejsca", direction = "increase", targetYear = 2027, targetValue = 40m, version = created.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, defined.StatusCode);
        var element4 = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{element}");
        Assert.Contains(element4.GetProperty("element").GetProperty("indicators").EnumerateArray(), i => i.GetProperty("name").GetString() == "Liczba miejsc w klubie seniora" && i.GetProperty("direction").GetString() == "increase");
    }

    [Fact]
    public async Task Adding_an_indicator_without_a_name_is_refused_naming_the_field_and_a_viewer_may_not_add()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "4.1");

        var nameless = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/indicators", new { name = " " });

        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Equal("Podaj nazwę wskaźnika.", (await nameless.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/indicators", new { name = "X" })).StatusCode);
    }
}
