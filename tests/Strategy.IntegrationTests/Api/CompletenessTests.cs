using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Strategy.Testing.Layouts;

namespace Strategy.IntegrationTests.Api;

/// <summary>A strategy against art. 16b ust. 2: each of the six parts found, with where, or missing, with what to do.</summary>
public sealed class CompletenessTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_strategy_read_from_its_PDF_shows_the_chapter_the_levels_the_funding_and_the_indicators_where_they_are()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var pdf = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(ImportScorecard.Folder, "kropkowa.pdf")));
        pdf.Headers.ContentType = new("application/pdf");
        var committed = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", pdf);
        Assert.True(committed.StatusCode == HttpStatusCode.OK, await committed.Content.ReadAsStringAsync());
        var strategy = (await committed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("strategyId").GetGuid();

        var check = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/completeness");
        var parts = check.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("part").GetString()!);

        Assert.Equal(["diagnosis", "forecast", "strategicGoals", "directions", "implementationAndFinance", "indicators"], parts.Keys);
        Assert.Equal("Rozdział dokumentu „2. Diagnoza sytuacji społecznej” (Strona 2)", Where(parts["diagnosis"])[0]);
        Assert.False(parts["forecast"].GetProperty("found").GetBoolean());
        Assert.StartsWith("Nie znaleziono rozdziału", parts["forecast"].GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Contains("Rozdział dokumentu „3. Cele strategiczne i kierunki działań” (Strona 3)", Where(parts["strategicGoals"]));
        Assert.Contains(Where(parts["directions"]), w => w.StartsWith("Poziomy struktury pod celami", StringComparison.Ordinal));
        Assert.Contains("Źródła finansowania podane przy 4 elementach", Where(parts["implementationAndFinance"]));
        Assert.Contains(Where(parts["indicators"]), w => w.StartsWith("Wskaźniki w strukturze strategii: ", StringComparison.Ordinal));
        Assert.Contains("Rozdział dokumentu „4. Wskaźniki monitorowania” (Strona 5)", Where(parts["indicators"]));
        Assert.Equal(5, check.GetProperty("found").GetInt32());

        // The JSON export carries the chapters, so a re-import keeps where the parts were.
        Assert.Contains("\"heading\": \"2. Diagnoza sytuacji społecznej\"", await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{strategy}/export"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chrzanows_structure_has_goals_directions_and_indicators_but_its_extract_no_diagnosis_and_the_page_says_so()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;

        var check = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/completeness");
        var parts = check.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("part").GetString()!);
        var strategyPage = await coordinator.GetStringAsync($"/chrzanow/strategie/{strategy}");
        var page = await coordinator.GetStringAsync($"/chrzanow/strategie/{strategy}/zgodnosc");

        Assert.Equal(["Cele strategiczne przy elementach poziomu „Obszar”: 6"], Where(parts["strategicGoals"]));
        Assert.Equal(["Wskaźniki w strukturze strategii: 46"], Where(parts["indicators"]));
        Assert.False(parts["diagnosis"].GetProperty("found").GetBoolean());
        Assert.False(parts["implementationAndFinance"].GetProperty("found").GetBoolean());
        Assert.StartsWith("Realizatorzy są wskazani przy ", parts["implementationAndFinance"].GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, check.GetProperty("adoption").ValueKind);
        Assert.Contains($"href=\"/chrzanow/strategie/{strategy}/zgodnosc\"", strategyPage, StringComparison.Ordinal);
        Assert.Contains("Części znalezione: 3 z 6", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">prognoza zmian w zakresie objętym strategią</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_whose_period_is_over_says_so_and_lists_what_the_next_one_must_contain()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var ending = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/completeness")).GetProperty("ending");

        Assert.StartsWith("Okres strategii zakończył się 31 grudnia 2020 r.", ending.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, ending.GetProperty("nextMustContain").GetArrayLength());
        Assert.Contains("Następna strategia musi zawierać", await coordinator.GetStringAsync($"/krasnystaw/strategie/{strategy}/zgodnosc"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_said_to_be_one_and_the_checklist_is_for_those_who_keep_the_strategy_only()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var created = await admin.PostAsJsonAsync("/api/v1/chrzanow/strategies", new { title = "Projekt strategii na lata 2028–2035", periodStart = 2028, periodEnd = 2035, levelNames = new[] { "Cel" } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var other = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var demo = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;

        var check = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{draft}/completeness");

        Assert.StartsWith("Strategia nie jest oznaczona jako przyjęta", check.GetProperty("adoption").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, check.GetProperty("found").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/chrzanow/strategies/{demo}/completeness")).StatusCode);
        Assert.DoesNotContain("Zgodność z art. 16b", await viewer.GetStringAsync($"/chrzanow/strategie/{demo}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/chrzanow/strategie/{demo}/zgodnosc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/krasnystaw/strategie/{demo}/zgodnosc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/krasnystaw/strategies/{demo}/completeness")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/chrzanow/strategies/{demo}/completeness")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.NewClient(app).GetAsync($"/api/v1/chrzanow/strategies/{demo}/completeness")).StatusCode);
    }

    private static List<string> Where(JsonElement part) => part.GetProperty("where").EnumerateArray().Select(w => w.GetString()!).ToList();
}
