using System.Net;
using System.Text.Json;

namespace Strategy.IntegrationTests.Api;

/// <summary>The JSON contract of the strategy endpoints, checked on both real models.</summary>
[Collection(AppCollection.Name)]
public sealed class StrategiesApiTests(StrategyAppFactory app)
{
    [Fact]
    public async Task Lists_a_gminas_strategies()
    {
        using var client = app.CreateClient();

        var list = await GetJson(client, "/api/v1/krasnystaw/strategies");

        var s = Assert.Single(list.EnumerateArray());
        Assert.Equal(["id", "title", "periodStart", "periodEnd", "status"], s.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020", s.GetProperty("title").GetString());
        Assert.Equal(2014, s.GetProperty("periodStart").GetInt32());
        Assert.Equal(2020, s.GetProperty("periodEnd").GetInt32());
        Assert.Equal("adopted", s.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Returns_the_whole_chrzanow_tree_with_levels_institutions_and_indicators()
    {
        using var client = app.CreateClient();
        var id = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;

        var strategy = await GetJson(client, $"/api/v1/chrzanow/strategies/{id}");

        Assert.Equal(id, strategy.GetProperty("id").GetGuid());
        Assert.Equal(
            [(1, "Obszar"), (2, "Cel operacyjny"), (3, "Zadanie")],
            strategy.GetProperty("levels").EnumerateArray().Select(l => (l.GetProperty("depth").GetInt32(), l.GetProperty("name").GetString()!)));

        var areas = strategy.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(6, areas.Count);
        var goals = areas.SelectMany(a => a.GetProperty("children").EnumerateArray()).ToList();
        Assert.Equal(13, goals.Count);
        var tasks = goals.SelectMany(g => g.GetProperty("children").EnumerateArray()).ToList();
        Assert.Equal(85, tasks.Count);
        Assert.Equal(46, goals.Sum(g => g.GetProperty("indicators").GetArrayLength()));

        var family = areas[0];
        Assert.Equal("RODZINA", family.GetProperty("title").GetString());
        Assert.Equal("Skuteczny system wsparcia dziecka i rodziny.", family.GetProperty("statement").GetString());
        Assert.Equal(1, family.GetProperty("depth").GetInt32());
        foreach (var key in new[] { "id", "code", "title", "statement", "depth", "coordinators", "partners", "implementers", "indicators", "children" })
        {
            Assert.True(family.TryGetProperty(key, out _), $"element lacks '{key}'");
        }

        var task = tasks.Single(t => t.GetProperty("code").GetString() == "1.1.1");
        Assert.Equal(3, task.GetProperty("depth").GetInt32());
        Assert.Equal(["Szkoly i placowki oswiatowe", "Organizacje pozarządowe", "Kościoły i związki wyznaniowe"], Strings(task, "coordinators"));
        Assert.Contains("Powiatowe Centrum Pomocy Rodzinie", Strings(task, "partners"));

        var indicator = goals[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Liczba rodzin objętych pracą socjalną");
        Assert.Equal("dane Ośrodka Pomocy Społecznej w Chrzanowie", indicator.GetProperty("dataSource").GetString());
        Assert.Equal(0, indicator.GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task Returns_krasnystaw_values_exactly_as_the_report_gives_them()
    {
        using var client = app.CreateClient();
        var id = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var strategy = await GetJson(client, $"/api/v1/krasnystaw/strategies/{id}");

        var goals = strategy.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal([5, 5, 4, 6, 5, 3, 2, 2], goals.Select(g => g.GetProperty("children").GetArrayLength()));
        Assert.Contains("Straż Miejska", Strings(goals[0], "implementers"));

        var employment = goals[1].GetProperty("indicators").EnumerateArray().ToList();
        var rate = employment[0].GetProperty("measurements")[0];
        Assert.Equal(2020, rate.GetProperty("year").GetInt32());
        Assert.Equal(11.6m, rate.GetProperty("value").GetDecimal());
        Assert.False(rate.GetProperty("noData").GetBoolean());

        var beneficiaries = employment[3].GetProperty("measurements")[0];
        Assert.Equal(JsonValueKind.Null, beneficiaries.GetProperty("value").ValueKind);
        Assert.Equal(
            [("bezrobocia", 300m), ("ubóstwa", 331m), ("bezdomności", 6m)],
            beneficiaries.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("label").GetString()!, p.GetProperty("value").GetDecimal())));
        Assert.True(employment[4].GetProperty("measurements")[0].GetProperty("noData").GetBoolean());

        var university = goals[3].GetProperty("indicators")[4].GetProperty("measurements")[0];
        Assert.True(university.GetProperty("noData").GetBoolean());
        Assert.Equal("zajęcia zawieszono z powodu pandemii", university.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Returns_an_indicator_with_its_measurements_and_place()
    {
        using var client = app.CreateClient();
        var indicatorId = await DemoData.IndicatorIdAsync(app, "krasnystaw", "Liczba osób w wieku poprodukcyjnym i ich udział w ogóle mieszkańców");

        var indicator = await GetJson(client, $"/api/v1/krasnystaw/indicators/{indicatorId}");

        Assert.Equal("osoby", indicator.GetProperty("unit").GetString());
        var m = Assert.Single(indicator.GetProperty("measurements").EnumerateArray());
        Assert.Equal(4791m, m.GetProperty("value").GetDecimal());
        Assert.Equal(25.51m, m.GetProperty("parts")[0].GetProperty("value").GetDecimal());
        Assert.Equal("%", m.GetProperty("parts")[0].GetProperty("unit").GetString());
        Assert.Equal("4", indicator.GetProperty("element").GetProperty("code").GetString());
        Assert.Equal("Cel strategiczny", indicator.GetProperty("element").GetProperty("levelName").GetString());
    }

    [Fact]
    public async Task Returns_an_element_with_its_narrative_and_ancestors()
    {
        using var client = app.CreateClient();
        var elementId = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.5");

        var element = await GetJson(client, $"/api/v1/chrzanow/elements/{elementId}");

        Assert.Equal(["1", "1.1"], element.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal("1.1.5", element.GetProperty("element").GetProperty("code").GetString());
        Assert.Equal("Zadanie", element.GetProperty("element").GetProperty("levelName").GetString());
    }

    [Theory]
    [InlineData("/api/v1/chrzanow/strategies/abc")]
    [InlineData("/api/v1/chrzanow/elements/123")]
    [InlineData("/api/v1/chrzanow/indicators/not-a-guid")]
    public async Task A_malformed_id_is_a_400_problem(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("nieprawidłowy format", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_empty_id_is_a_validation_problem_naming_the_field()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/chrzanow/strategies/{Guid.Empty}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Podaj identyfikator strategii.", problem.GetProperty("errors").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/chrzanow/indicators/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Nie znaleziono", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Lists_the_gminy_on_the_platform()
    {
        using var client = app.CreateClient();

        var tenants = await GetJson(client, "/api/v1/tenants");

        Assert.Equal(
            [("chrzanow", "1203033", "urbanRural", "małopolskie"), ("krasnystaw", "0606011", "urban", "lubelskie")],
            tenants.EnumerateArray().Select(t => (t.GetProperty("identifier").GetString()!, t.GetProperty("terytCode").GetString()!, t.GetProperty("kind").GetString()!, t.GetProperty("voivodeship").GetString()!)));
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
