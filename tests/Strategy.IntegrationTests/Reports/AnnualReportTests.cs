using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Reports;

/// <summary>The annual report through HTTP: approved data only, the coordinator's texts, publication as frozen versions.</summary>
public sealed class AnnualReportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task The_report_reads_approved_values_and_task_progress_only()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean());
        var (roundId, year) = (round.GetProperty("id").GetGuid(), round.GetProperty("year").GetInt32());
        var todo = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{roundId}/tasks"))[0];
        var indicator = todo.GetProperty("indicator").GetString()!;
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{roundId}/task-reports"))[0].GetProperty("elementId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{roundId}/indicators/{todo.GetProperty("indicatorId").GetGuid()}", new { value = 7777m, parts = new[] { new { label = "kobiety", value = 4000m }, new { label = "mężczyźni", value = 3777m } }, note = "stan na 31 grudnia", submit = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{roundId}/task-reports/{task}", new { progress = "done", narrative = "Przeszkolono 40 osób.", spentAmount = 1200m, submit = true })).StatusCode);

        var before = await ReportAsync(coordinator, "chrzanow", strategy, year);
        Assert.Null(Indicator(before, indicator).GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, Task(before, task).GetProperty("progress").GetProperty("status").ValueKind);

        var waiting = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{roundId}");
        foreach (var entry in waiting.GetProperty("awaitingReview").EnumerateArray())
        {
            await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{entry.GetProperty("entryId").GetGuid()}/review", new { approve = true, version = entry.GetProperty("version").GetInt32() });
        }

        foreach (var report in waiting.GetProperty("tasksAwaitingReview").EnumerateArray())
        {
            await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/task-reports/{report.GetProperty("reportId").GetGuid()}/review", new { approve = true, version = report.GetProperty("version").GetInt32() });
        }

        var after = await ReportAsync(coordinator, "chrzanow", strategy, year);
        var value = Indicator(after, indicator);
        Assert.Equal("7\u00a0777; kobiety: 4\u00a0000; mężczyźni: 3\u00a0777", value.GetProperty("value").GetString());
        Assert.Equal("stan na 31 grudnia", value.GetProperty("note").GetString());
        var progress = Task(after, task).GetProperty("progress");
        Assert.Equal(("done", "Przeszkolono 40 osób.", "1\u00a0200,00\u00a0zł"), (progress.GetProperty("status").GetString(), progress.GetProperty("narrative").GetString(), progress.GetProperty("spent").GetString()));
        var summary = after.GetProperty("report").GetProperty("summary");
        Assert.Equal(85, summary.GetProperty("tasks").GetProperty("total").GetInt32());
        Assert.True(summary.GetProperty("tasks").GetProperty("done").GetInt32() >= 1);
        Assert.True(summary.GetProperty("indicatorsWithValue").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_coordinator_writes_and_publishes_and_a_published_version_never_changes()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var draft = await ReportAsync(coordinator, "krasnystaw", strategy, 2020);
        var goal = draft.GetProperty("commentaries")[0].GetProperty("elementId").GetGuid();
        Assert.Equal("Miejski Ośrodek Pomocy Społecznej", draft.GetProperty("report").GetProperty("titlePage").GetProperty("coordinator").GetString()); // guessed until written

        var written = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020", new
        {
            introduction = "W grudniu 2014 roku przyjęto strategię.\nRaport przedstawia rok 2020.",
            coordinator = "Miejski Ośrodek Pomocy Społecznej w Krasnymstawie",
            commentaries = new[] { new { elementId = goal, text = "Pandemia ograniczyła działania." } },
            version = draft.GetProperty("version").GetInt32(),
        });
        Assert.True(written.StatusCode == HttpStatusCode.OK, await written.Content.ReadAsStringAsync());
        var version = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var first = await PublishAsync(coordinator, "krasnystaw", strategy, 2020, version);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var number = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        Assert.EndsWith($"/reports/2020/versions/{number}", first.Headers.Location!.ToString());

        // Later changes — of the texts and of the strategy's data — reach the next version only.
        var goalVersion = await app.InTenantAsync("krasnystaw", db => db.Elements.Where(e => e.Id == goal).Select(e => e.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/elements/{goal}", new { title = "Nowy tytuł celu", version = goalVersion })).StatusCode);
        var edited = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020", new { introduction = "Wersja poprawiona.", commentaries = Array.Empty<object>(), version = version + 1 });
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var second = await PublishAsync(coordinator, "krasnystaw", strategy, 2020, (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var old = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020/versions/{number}");
        Assert.Equal("W grudniu 2014 roku przyjęto strategię.\nRaport przedstawia rok 2020.", old.GetProperty("report").GetProperty("introduction").GetString());
        var oldGoal = old.GetProperty("report").GetProperty("goals")[0];
        Assert.Equal("Wzmocnienie polityki prorodzinnej poprzez tworzenie kompleksowego i zintegrowanego systemu wspierania rodzin", oldGoal.GetProperty("element").GetProperty("title").GetString());
        Assert.Equal("Pandemia ograniczyła działania.", oldGoal.GetProperty("commentary").GetString());
        var oldDocx = ReportText.OfDocx(await coordinator.GetByteArrayAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020/versions/{number}.docx"));
        Assert.Contains("Raport przedstawia rok 2020.", oldDocx);
        Assert.DoesNotContain("Nowy tytuł celu", oldDocx);

        var newer = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020/versions/{number + 1}");
        Assert.Equal("Wersja poprawiona.", newer.GetProperty("report").GetProperty("introduction").GetString());
        Assert.Equal("Nowy tytuł celu", newer.GetProperty("report").GetProperty("goals")[0].GetProperty("element").GetProperty("title").GetString());
        Assert.Equal([number, number + 1], newer.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        var listed = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/reports");
        Assert.Contains(2020, listed.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(2, listed.GetProperty("published").EnumerateArray().Count(v => v.GetProperty("year").GetInt32() == 2020 && v.GetProperty("number").GetInt32() >= number));
    }

    [Fact]
    public async Task Two_publications_racing_from_the_same_preview_make_one_version()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var admin = await SignIn.AsAsync(app, "admin@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var version = (await ReportAsync(coordinator, "krasnystaw", strategy, 2019)).GetProperty("version").GetInt32();

        var answers = await System.Threading.Tasks.Task.WhenAll(PublishAsync(coordinator, "krasnystaw", strategy, 2019, version), PublishAsync(admin, "krasnystaw", strategy, 2019, version));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var refused = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await app.InTenantAsync("krasnystaw", db => db.PublishedReports.CountAsync(r => r.StrategyId == strategy && r.Year == 2019)));
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_and_nothing_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var version = (await ReportAsync(coordinator, "krasnystaw", strategy, 2018)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2018", new { introduction = "Pierwsza", version })).StatusCode);

        var stale = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2018", new { introduction = "Druga", version });
        var tooLong = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2018", new { introduction = new string('x', 20001), version = version + 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Ktoś inny zapisał albo opublikował ten raport", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Pierwsza", (await ReportAsync(coordinator, "krasnystaw", strategy, 2018)).GetProperty("report").GetProperty("introduction").GetString());
    }

    [Fact]
    public async Task A_year_outside_the_period_is_a_report_that_says_so_per_goal_and_is_not_published()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var report = await ReportAsync(coordinator, "krasnystaw", strategy, 2030);
        var page = await coordinator.GetAsync($"/krasnystaw/strategie/{strategy}/raporty/2030");
        var published = await PublishAsync(coordinator, "krasnystaw", strategy, 2030, report.GetProperty("version").GetInt32());
        var noYear = await coordinator.GetAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/3000");

        var goals = report.GetProperty("report").GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(8, goals.Count);
        Assert.All(goals, g => Assert.Equal("Rok 2030 jest poza okresem strategii (2014–2020): strategia nie przewiduje na ten rok działań ani wartości wskaźników.", g.GetProperty("notice").GetString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Count(ReportText.OfHtml(await page.Content.ReadAsStringAsync()), "jest poza okresem strategii"));
        Assert.Equal(HttpStatusCode.BadRequest, published.StatusCode);
        Assert.Contains("poza okresem strategii", await published.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
        Assert.Contains("Podaj rok sprawozdania", await noYear.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_year_without_approved_data_says_so_per_goal()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var goals = (await ReportAsync(coordinator, "krasnystaw", strategy, 2016)).GetProperty("report").GetProperty("goals").EnumerateArray().ToList();

        Assert.All(goals, g => Assert.Equal("Za rok 2016 nie zatwierdzono żadnej wartości wskaźnika ani postępu zadań w tym celu.", g.GetProperty("notice").GetString()));
    }

    [Fact]
    public async Task Drafts_are_the_coordinators_and_published_versions_are_public()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var viewer = await SignIn.AsAsync(app, "obserwator@krasnystaw.demo");
        using var visitor = SignIn.NewClient(app);
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var version = (await ReportAsync(coordinator, "krasnystaw", strategy, 2017)).GetProperty("version").GetInt32();
        var number = (await (await PublishAsync(coordinator, "krasnystaw", strategy, 2017, version)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        var basePath = $"/api/v1/krasnystaw/strategies/{strategy}/reports";

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{basePath}/2017")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"{basePath}/2017/publish", new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"{basePath}/2017")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{basePath}/2017/versions/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(basePath)).StatusCode);
        var docx = await visitor.GetAsync($"{basePath}/2017/versions/{number}.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"raport-2017-wersja-{number}.docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName);
        var page = await visitor.GetStringAsync($"/krasnystaw/strategie/{strategy}/raporty/2017/wersje/{number}");
        Assert.Contains("Raport z realizacji strategii za 2017", page);
        Assert.DoesNotContain("Opublikuj", page);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{basePath}/2017/versions/{number + 50}")).StatusCode);
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, string tenant, Guid strategy, int year)
    {
        var response = await client.GetAsync($"/api/v1/{tenant}/strategies/{strategy}/reports/{year}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> PublishAsync(HttpClient client, string tenant, Guid strategy, int year, int version) =>
        client.PostAsJsonAsync($"/api/v1/{tenant}/strategies/{strategy}/reports/{year}/publish", new { version });

    private static JsonElement Indicator(JsonElement report, string name) =>
        Elements(report).SelectMany(e => e.GetProperty("indicators").EnumerateArray()).First(i => i.GetProperty("name").GetString() == name);

    private static JsonElement Task(JsonElement report, Guid id) => Elements(report).Single(e => e.GetProperty("id").GetGuid() == id);

    private static IEnumerable<JsonElement> Elements(JsonElement report)
    {
        static IEnumerable<JsonElement> Walk(JsonElement e) => e.GetProperty("children").EnumerateArray().SelectMany(Walk).Prepend(e);
        return report.GetProperty("report").GetProperty("goals").EnumerateArray().SelectMany(g => Walk(g.GetProperty("element")));
    }
}
