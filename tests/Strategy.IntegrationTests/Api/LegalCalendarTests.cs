using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strategy.Infrastructure.Messaging;

namespace Strategy.IntegrationTests.Api;

/// <summary>
/// The gmina's legal year on a clock the test moves: the round for the year just ended proposed in January with a
/// deadline before 30 April and 31 May, partners reminded back from the deadline once each, every date the
/// coordinator's to move, and a deadline after 31 May refused with the reason.
/// </summary>
public sealed class LegalCalendarTests : IAsyncLifetime
{
    // 4 January 2027, 9:00 in Warsaw: the round for 2026 is due to be proposed.
    private readonly ClockedFactory _app = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task In_January_the_round_for_the_year_just_ended_is_proposed_and_the_dashboard_shows_the_next_date()
    {
        var coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(_app, "chrzanow");

        var calendar = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar");

        var proposal = calendar.GetProperty("proposals").EnumerateArray().Single();
        Assert.Equal((demo.StrategyId, 2026, "2027-03-31"), (proposal.GetProperty("strategyId").GetGuid(), proposal.GetProperty("year").GetInt32(), proposal.GetProperty("deadline").GetString()));
        var dates = calendar.GetProperty("dates").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("daysLeft").GetInt32())).ToList();
        Assert.Contains(("2027-03-31", 86), dates);
        Assert.Contains(("2027-04-30", 116), dates);
        Assert.Contains(("2027-05-31", 147), dates);
        var next = calendar.GetProperty("next");
        Assert.Equal("2027-02-03", next.GetProperty("date").GetString()); // the demo's open round for 2025, opened 30 days before
        Assert.Equal(30, next.GetProperty("daysLeft").GetInt32());

        var opened = await coordinator.PostAsJsonAsync("/api/v1/chrzanow/rounds", new { strategyId = demo.StrategyId, year = 2026, deadline = "2027-03-31" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(0, (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("proposals").GetArrayLength());

        var dashboard = await coordinator.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/pulpit");
        Assert.Contains("Najbliższy termin: 03.02.2027 (za 30\u00A0dni)", System.Net.WebUtility.HtmlDecode(dashboard), StringComparison.Ordinal);
        Assert.DoesNotContain("Najbliższy termin", await SignIn.NewClient(_app).GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/pulpit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_are_reminded_back_from_the_deadline_once_each_and_a_moved_deadline_moves_the_reminders()
    {
        var coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(_app, "chrzanow");
        var round = (await (await coordinator.PostAsJsonAsync("/api/v1/chrzanow/rounds", new { strategyId = demo.StrategyId, year = 2026, deadline = "2027-03-31" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var scheduler = _app.Services.GetRequiredService<ReminderScheduler>();

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 16, 8, 0, 0, TimeSpan.Zero)); // 15 days before: nothing yet
        await scheduler.RunAsync(CancellationToken.None);
        Assert.Equal(0, await RemindersAsync("do 31.03.2027"));

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 17, 8, 0, 0, TimeSpan.Zero)); // 14 days before
        await scheduler.RunAsync(CancellationToken.None);
        await scheduler.RunAsync(CancellationToken.None);
        Assert.Equal(1, await RemindersAsync("do 31.03.2027"));
        Assert.Equal(0, await _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync(m => m.To == "partner@krasnystaw.demo" && m.Subject.StartsWith("Przypomnienie"))));

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 24, 8, 0, 0, TimeSpan.Zero)); // 7 days before
        await scheduler.RunAsync(CancellationToken.None);
        Assert.Equal(2, await RemindersAsync("do 31.03.2027"));
        coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo"); // months later: signed in anew
        var reminders = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("reminders").EnumerateArray().Where(r => r.GetProperty("roundId").GetGuid() == round).ToList();
        Assert.Equal([(14, "2027-03-17", true), (7, "2027-03-24", true), (1, "2027-03-30", false)],
            reminders.Select(r => (r.GetProperty("daysBefore").GetInt32(), r.GetProperty("dueOn").GetString(), r.GetProperty("sentAt").ValueKind != JsonValueKind.Null)));

        // The coordinator gives partners until 20 April: the reminders count back from it.
        var version = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == round).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/deadline", new { deadline = "2027-04-20", version })).StatusCode);
        await scheduler.RunAsync(CancellationToken.None);
        Assert.Equal(0, await RemindersAsync("do 20.04.2027"));
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 6, 8, 0, 0, TimeSpan.Zero));
        await scheduler.RunAsync(CancellationToken.None);
        Assert.Equal(1, await RemindersAsync("do 20.04.2027"));
    }

    [Fact]
    public async Task The_coordinator_moves_every_date_and_a_date_past_the_laws_is_refused_with_the_reason_and_nothing_saved()
    {
        var coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(_app, "chrzanow");

        var late = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "02.01", roundDeadline = "15.06", resourceAssessmentDue = "30.04", stateReportDue = "31.05", reminderDaysBefore = new[] { 14 }, version = 0 });
        var assessment = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "02.01", roundDeadline = "31.03", resourceAssessmentDue = "05.05", stateReportDue = "31.05", reminderDaysBefore = new[] { 14 }, version = 0 });
        var noDay = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "02.01", roundDeadline = "31.02", resourceAssessmentDue = "30.04", stateReportDue = "31.05", reminderDaysBefore = new[] { 14 }, version = 0 });
        var flood = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = new string('1', 100_000), roundDeadline = "31.03", resourceAssessmentDue = "30.04", stateReportDue = "31.05", reminderDaysBefore = Enumerable.Range(1, 10_000), version = 0 });
        var lateRound = await coordinator.PostAsJsonAsync("/api/v1/chrzanow/rounds", new { strategyId = demo.StrategyId, year = 2026, deadline = "2027-06-15" });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("do tego dnia wójt (burmistrz) przedstawia radzie raport o stanie gminy", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("do 30 kwietnia", await assessment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("„31.02” nie jest dniem i miesiącem", await noDay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, flood.StatusCode);
        Assert.Contains("najwyżej 5", await flood.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lateRound.StatusCode);
        Assert.Contains("nie może być późniejszy niż 31.05.2027", await lateRound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.InTenantAsync("chrzanow", db => db.LegalCalendars.CountAsync()));
        Assert.False(await _app.InTenantAsync("chrzanow", db => db.ReportingRounds.AnyAsync(r => r.Year == 2026)));

        var saved = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "10.01", roundDeadline = "15.03", resourceAssessmentDue = "20.04", stateReportDue = "25.05", reminderDaysBefore = new[] { 1, 10 }, version = 0 });
        var stale = await coordinator.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "02.01", roundDeadline = "31.03", resourceAssessmentDue = "30.04", stateReportDue = "31.05", reminderDaysBefore = new[] { 14 }, version = 0 });
        var settings = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("settings");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(("10.01", "15.03", "20.04", "25.05"), (settings.GetProperty("proposeRoundOn").GetString(), settings.GetProperty("roundDeadline").GetString(), settings.GetProperty("resourceAssessmentDue").GetString(), settings.GetProperty("stateReportDue").GetString()));
        Assert.Equal([10, 1], settings.GetProperty("reminderDaysBefore").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(0, (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("proposals").GetArrayLength()); // proposed from 10 January now

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 10, 8, 0, 0, TimeSpan.Zero));
        coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        Assert.Equal("2027-03-15", (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/calendar")).GetProperty("proposals")[0].GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Members_read_the_calendar_the_coordinator_changes_it_and_another_gminas_round_does_not_exist()
    {
        var viewer = await SignIn.AsAsync(_app, "obserwator@chrzanow.demo");
        var other = await SignIn.AsAsync(_app, "koordynator@krasnystaw.demo");
        var round = (await DemoData.ReadAsync(_app, "chrzanow")).RoundId!.Value;

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/chrzanow/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/v1/chrzanow/calendar", new { proposeRoundOn = "02.01", roundDeadline = "31.03", resourceAssessmentDue = "30.04", stateReportDue = "31.05", reminderDaysBefore = new[] { 14 }, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/krasnystaw/rounds/{round}/deadline", new { deadline = "2027-02-10", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/deadline", new { deadline = "2027-02-10", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.NewClient(_app).GetAsync("/api/v1/chrzanow/calendar")).StatusCode);
        Assert.DoesNotContain("Zapisz kalendarz", await viewer.GetStringAsync("/chrzanow/kalendarz"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_page_opens_the_proposed_round_and_saves_the_coordinators_dates()
    {
        var coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        var page = await coordinator.GetStringAsync("/chrzanow/kalendarz");
        Assert.Contains("Otwórz rundę za 2026 z terminem 31.03.2027", page, StringComparison.Ordinal);

        var refused = await SignIn.PostFormAsync(coordinator, "/chrzanow/kalendarz", new()
        {
            ["Input.ProposeRoundOn"] = "02.01", ["Input.RoundDeadline"] = "01.06", ["Input.ResourceAssessmentDue"] = "30.04", ["Input.StateReportDue"] = "31.05", ["Input.ReminderDays"] = "14, 7, 1", ["Input.Version"] = "0",
        });
        Assert.Contains("Termin rund nie może przypadać po 31 maja", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await SignIn.PostFormAsync(coordinator, "/chrzanow/kalendarz", new()
        {
            ["Input.ProposeRoundOn"] = "05.01", ["Input.RoundDeadline"] = "20.03", ["Input.ResourceAssessmentDue"] = "30.04", ["Input.StateReportDue"] = "31.05", ["Input.ReminderDays"] = "14, 3", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Kalendarz zapisany.", await coordinator.GetStringAsync(saved.Headers.Location), StringComparison.Ordinal);
        Assert.Equal("2000-03-20", await _app.InTenantAsync("chrzanow", async db => (await db.LegalCalendars.SingleAsync()).RoundDeadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private Task<int> RemindersAsync(string deadline) =>
        _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync(m => m.To == "partner@chrzanow.demo" && m.Subject.StartsWith("Przypomnienie: dane za 2026") && m.Subject.Contains(deadline)));

    private sealed class ClockedFactory(DateTimeOffset start) : StrategyAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(start);

        // A fake clock moved by months fires a periodic timer once for every period passed: the background passes
        // run daily here, not every few seconds, or moving the clock would take minutes.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Email:PollInterval"] = "1.00:00:00",
            ["Reminders:CheckInterval"] = "1.00:00:00",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
