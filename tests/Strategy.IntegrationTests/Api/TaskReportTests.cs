using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Api;

/// <summary>Task progress in a round: reported by an institution named on the task, approved by the coordinator, counted on the dashboard.</summary>
public sealed class TaskReportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_partner_reports_a_tasks_progress_and_it_counts_once_approved()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await RoundAsync(partner);
        var tasks = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports");
        Assert.NotEmpty(tasks.EnumerateArray());
        Assert.All(tasks.EnumerateArray(), t => Assert.Contains("Ośrodek Pomocy Społecznej", t.GetProperty("institutions").GetString()));
        var task = tasks[0].GetProperty("elementId").GetGuid();

        var saved = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "ongoing", narrative = "Prowadzono poradnictwo dla 120 rodzin.", plannedAmount = 12500.50m, spentAmount = 11000m, submit = true });

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var report = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("submitted", 12500.5m), (report.GetProperty("status").GetString(), report.GetProperty("plannedAmount").GetDecimal()));
        var waiting = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}")).GetProperty("tasksAwaitingReview").EnumerateArray().Single(t => t.GetProperty("elementId").GetGuid() == task);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/task-reports/{waiting.GetProperty("reportId").GetGuid()}/review", new { approve = true, version = waiting.GetProperty("version").GetInt32() })).StatusCode);

        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var goals = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/dashboard")).GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(1, goals.Sum(g => g.GetProperty("tasks").GetProperty("ongoing").GetInt32()));
        Assert.Equal(85, goals.Sum(g => g.GetProperty("tasks").GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task A_partner_may_not_report_a_task_that_does_not_name_its_institution()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var mine = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports")).EnumerateArray().Select(t => t.GetProperty("elementId").GetGuid()).ToHashSet();
        var other = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Depth == 3).Select(e => e.Id).ToListAsync());

        var response = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{other.First(id => !mine.Contains(id))}", new { progress = "done" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("nie wymienia Twojej instytucji", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_amount_names_the_field_and_a_stale_save_answers_409()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await RoundAsync(partner);
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports"))[1].GetProperty("elementId").GetGuid();

        var bad = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "done", plannedAmount = "dużo" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("liczby JSON", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("plannedAmount")[0].GetString());

        var draft = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "inProgress" })).Content.ReadFromJsonAsync<JsonElement>();
        var version = draft.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "done", version })).StatusCode);
        var stale = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "suspended", version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("„zakończone”", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_report_without_a_status_or_a_submission_without_a_word_is_refused_and_nothing_is_stored()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports"))[2].GetProperty("elementId").GetGuid();

        var untouched = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { submit = true });
        var silent = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "inProgress", submit = true });

        Assert.Equal(HttpStatusCode.BadRequest, untouched.StatusCode);
        Assert.Equal("Wybierz stan realizacji zadania.", (await untouched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("progress")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.StartsWith("Opisz, co zrobiono", (await silent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("narrative")[0].GetString());
        Assert.Equal(0, await app.InTenantAsync("chrzanow", db => db.TaskReports.CountAsync(r => r.ElementId == task)));
    }

    private static async Task<Guid> RoundAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
}
