using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Api;

/// <summary>A reporting round through HTTP: a partner reports, the coordinator reviews, history and 409s.</summary>
public sealed class MonitoringTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Ops = "Ośrodek Pomocy Społecznej";

    [Fact]
    public async Task A_partner_reports_a_value_and_it_counts_once_the_coordinator_approves_it()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);

        var tasks = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks");
        Assert.NotEmpty(tasks.EnumerateArray());
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal(Ops, t.GetProperty("supplier").GetString()));
        var indicator = tasks[0].GetProperty("indicatorId").GetGuid();

        var saved = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 1234m, note = "stan na 31 grudnia", submit = true });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var entry = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("submitted", entry.GetProperty("status").GetString());
        Assert.Equal(1234m, entry.GetProperty("value").GetDecimal());
        Assert.DoesNotContain((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}")).GetProperty("measurements").EnumerateArray(), m => m.GetProperty("year").GetInt32() == 2025);

        var roundView = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}");
        var waiting = roundView.GetProperty("awaitingReview").EnumerateArray().Single(x => x.GetProperty("indicatorId").GetGuid() == indicator);
        var approved = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{waiting.GetProperty("entryId").GetGuid()}/review", new { approve = true, version = waiting.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var detail = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}");
        var value = detail.GetProperty("measurements").EnumerateArray().Single(m => m.GetProperty("year").GetInt32() == 2025);
        Assert.Equal(1234m, value.GetProperty("value").GetDecimal());
        Assert.Equal("stan na 31 grudnia", value.GetProperty("note").GetString());
        var history = detail.GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("kind").GetString()}|{h.GetProperty("newValue").GetProperty("value").GetDecimal():0.##}|{h.GetProperty("newValue").GetProperty("note").GetString()}|{h.GetProperty("by").GetString()}")
            .ToList();
        Assert.Equal(["approved|1234|stan na 31 grudnia|Koordynator strategii", "submitted|1234|stan na 31 grudnia|Partner (ośrodek pomocy)", "entered|1234|stan na 31 grudnia|Partner (ośrodek pomocy)"], history);
        var ops = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}")).GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("institution").GetString() == Ops);
        Assert.True(ops.GetProperty("approved").GetInt32() >= 1);

        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var dashboard = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/dashboard");
        Assert.Equal(round, dashboard.GetProperty("currentRound").GetProperty("id").GetGuid());
        var trend = dashboard.GetProperty("goals").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetGuid() == indicator);
        Assert.Equal([2025], trend.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("year").GetInt32()));
        Assert.Equal("noData", trend.GetProperty("status").GetString()); // one value, no baseline or target: nothing to judge yet
    }

    [Fact]
    public async Task The_dashboard_judges_each_indicator_and_counts_them_per_goal()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var dashboard = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/dashboard");

        var goals = dashboard.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(8, goals.Count);
        Assert.All(goals, g => Assert.Equal(g.GetProperty("indicators").GetArrayLength(), g.GetProperty("onTrack").GetInt32() + g.GetProperty("offTrack").GetInt32() + g.GetProperty("noData").GetInt32()));
        var unemployment = goals[1].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Wielkość stopy bezrobocia");
        Assert.Equal(11.6m, unemployment.GetProperty("values")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_returned_value_shows_the_comment_to_the_partner_who_corrects_and_resubmits()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[1].GetProperty("indicatorId").GetGuid();
        var entry = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { noData = true, noDataReason = "system nie liczy", submit = true })).Content.ReadFromJsonAsync<JsonElement>();

        var returned = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{entry.GetProperty("id").GetGuid()}/review", new { approve = false, comment = "Proszę podać dane z rejestru.", version = entry.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks")).EnumerateArray().Single(t => t.GetProperty("indicatorId").GetGuid() == indicator);
        Assert.Equal("returned", task.GetProperty("entry").GetProperty("status").GetString());
        Assert.Equal("Proszę podać dane z rejestru.", task.GetProperty("entry").GetProperty("reviewComment").GetString());
        var again = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 12m, submit = true, version = task.GetProperty("entry").GetProperty("version").GetInt32() });
        Assert.Equal("submitted", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_give_one_409_with_the_other_value_and_nothing_overwritten()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[2].GetProperty("indicatorId").GetGuid();
        var draft = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 10m })).Content.ReadFromJsonAsync<JsonElement>();
        var version = draft.GetProperty("version").GetInt32();

        var first = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 11m, version });
        var second = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 12m, version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("„11”", problem.GetProperty("detail").GetString());
        Assert.Equal(11m, problem.GetProperty("current").GetProperty("value").GetDecimal());
        Assert.Equal(11m, await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.IndicatorId == indicator).Select(e => e.Value).SingleAsync()));
    }

    [Fact]
    public async Task First_reports_racing_for_the_same_value_give_one_success_and_conflicts_never_a_server_error()
    {
        var clients = new[] { await SignIn.AsAsync(app, "partner@chrzanow.demo"), await SignIn.AsAsync(app, "koordynator@chrzanow.demo") };
        var round = await OpenRoundIdAsync(clients[0]);
        var indicator = (await clients[0].GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[4].GetProperty("indicatorId").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            clients[i % 2].PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = (decimal)i })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.CountAsync(e => e.IndicatorId == indicator)));
    }

    [Theory]
    [InlineData("12,3,4", "value", "„12,3,4” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.")]
    [InlineData("", "value", "Wpisz wartość, jej składowe albo zaznacz „brak danych”.")]
    [InlineData("abc", "value", "„abc” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.")]
    public async Task An_unparseable_value_is_a_validation_problem_naming_the_field_and_nothing_is_saved(string value, string field, string message)
    {
        // The API takes JSON numbers (ADR 0024): text is typed, and read, on the value page.
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[3].GetProperty("indicatorId").GetGuid();

        var response = await SignIn.PostFormAsync(partner, $"/chrzanow/wskazniki/{indicator}/wartosc", new() { ["Input.Value"] = value, ["submit"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<a href=\"#Input_{char.ToUpperInvariant(field[0])}{field[1..]}\">{message}</a>", page);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.AnyAsync(e => e.IndicatorId == indicator)));
    }

    [Fact]
    public async Task A_partner_may_not_report_an_indicator_another_institution_supplies()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);
        var foreign = await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.SupplierInstitutionId == null).Select(i => new { i.Id, i.Name }).FirstAsync());

        var response = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{foreign.Id}", new { value = 5m });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"Wskaźnik „{foreign.Name}” dostarcza inna instytucja", await response.Content.ReadAsStringAsync());
        Assert.False(await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.AnyAsync(e => e.IndicatorId == foreign.Id)));
    }

    [Fact]
    public async Task Another_gminas_indicator_in_this_gminas_round_answers_404_and_stores_nothing()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundIdAsync(coordinator);
        var foreign = await app.InTenantAsync("krasnystaw", db => db.Indicators.Select(i => new { i.Id, i.Name }).FirstAsync());

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{foreign.Id}", new { value = 5m, submit = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(foreign.Name, await response.Content.ReadAsStringAsync());
        Assert.False(await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.AnyAsync(e => e.IndicatorId == foreign.Id)));
        Assert.False(await app.InTenantAsync("krasnystaw", db => db.MeasurementEntries.AnyAsync(e => e.IndicatorId == foreign.Id)));
    }

    [Fact]
    public async Task A_round_for_a_year_outside_the_strategy_period_is_refused()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var response = await coordinator.PostAsJsonAsync("/api/v1/krasnystaw/rounds", new { strategyId = strategy, year = 2031, deadline = "2032-03-31" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Rok 2031 jest poza okresem strategii (2014–2020).", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Roles_decide_who_opens_reports_and_reviews()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await OpenRoundIdAsync(partner);
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[0].GetProperty("indicatorId").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/chrzanow/rounds/{round}/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/chrzanow/rounds", new { strategyId = demo.StrategyId, year = 2026, deadline = "2099-01-31" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync($"/api/v1/chrzanow/entries/{Guid.NewGuid()}/review", new { approve = true, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/chrzanow/rounds/{round}")).StatusCode);
    }

    [Fact]
    public async Task A_reminder_reaches_the_institutions_partners_through_the_outbox()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await OpenRoundIdAsync(coordinator);
        var ops = await app.InTenantAsync("chrzanow", db => db.Institutions.Where(i => i.Name == Ops).Select(i => i.Id).SingleAsync());

        var response = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/reminders", new { institutionId = ops });

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sent").GetInt32());
        var link = await Mail.LinkSentToAsync(app, "partner@chrzanow.demo", $"/chrzanow/rundy/{round}");
        Assert.EndsWith($"/chrzanow/rundy/{round}", link);
    }

    private static async Task<Guid> OpenRoundIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
}
