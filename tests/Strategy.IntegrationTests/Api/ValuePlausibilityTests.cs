using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Indicators;

namespace Strategy.IntegrationTests.Api;

/// <summary>
/// Implausible values through HTTP: a count refuses negatives and fractions, "1.234" is read by the kind, a value far
/// from the history needs a confirmation and a note, "brak danych" needs a reason, and a sent value can be withdrawn
/// until the coordinator decides. Nothing refused is stored.
/// </summary>
public sealed class ValuePlausibilityTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_count_refuses_a_negative_and_a_fraction_and_its_form_reads_a_dotted_thousand()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 0);

        var negative = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = -5m, submit = true });
        var fraction = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = 1234.5m, submit = true });

        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("nie może być ujemna", await ErrorAsync(negative, "value"));
        Assert.Contains("musi być całkowita", await ErrorAsync(fraction, "value"));
        Assert.Equal(0, await EntriesAsync(indicator.Id));

        // The API takes JSON numbers; the page reads what a person types by the indicator's kind.
        var dotted = await SignIn.PostFormAsync(partner, $"/chrzanow/wskazniki/{indicator.Id}/wartosc", new() { ["Input.Value"] = "1.234" });
        Assert.Equal(HttpStatusCode.Redirect, dotted.StatusCode);
        Assert.Equal(1234m, await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.IndicatorId == indicator.Id).Select(e => e.Value).SingleAsync()));
    }

    [Fact]
    public async Task A_value_ten_times_the_last_approved_one_asks_for_a_confirmation_and_a_note()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 1);
        await app.InTenantAsync("chrzanow", async db =>
        {
            var stored = await db.Indicators.Include(i => i.Measurements).SingleAsync(i => i.Id == indicator.Id);
            stored.Approve(2024, new MeasurementValue(312, stored.Unit, false, null, null));
            await db.SaveChangesAsync();
        });
        var url = $"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}";

        var unconfirmed = await partner.PutAsJsonAsync(url, new { value = 3500m, submit = true });
        var noNote = await partner.PutAsJsonAsync(url, new { value = 3500m, submit = true, confirmed = true });

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("ponad 10 razy większa niż ostatnia zatwierdzona", await ErrorAsync(unconfirmed, "confirmed"));
        Assert.Contains("Wyjaśnij w uwadze", await ErrorAsync(noNote, "note"));
        Assert.Equal(0, await EntriesAsync(indicator.Id));

        var confirmed = await partner.PutAsJsonAsync(url, new { value = 3500m, submit = true, confirmed = true, note = "Nowy program osłonowy od stycznia." });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{(await CountIndicatorAsync(nth: 2)).Indicator.Id}", new { value = 3500m })).StatusCode); // no history: nothing to compare
    }

    [Fact]
    public async Task The_form_offers_the_confirmation_only_when_asked_and_takes_it_with_a_note()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 7);
        await app.InTenantAsync("chrzanow", async db =>
        {
            var stored = await db.Indicators.Include(i => i.Measurements).SingleAsync(i => i.Id == indicator.Id);
            stored.Approve(2024, new MeasurementValue(40, stored.Unit, false, null, null));
            await db.SaveChangesAsync();
        });
        var path = $"/chrzanow/wskazniki/{indicator.Id}/wartosc";
        Assert.DoesNotContain("Potwierdzam tę wartość", await partner.GetStringAsync(path));

        var asked = await SignIn.PostFormAsync(partner, path, new() { ["Input.Value"] = "4 000", ["submit"] = "true" });
        var page = await asked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Potwierdzam tę wartość", page);
        Assert.Contains("ponad 10 razy większa", page);
        Assert.Equal(0, await EntriesAsync(indicator.Id));

        var confirmed = await SignIn.PostFormAsync(partner, path, new() { ["Input.Value"] = "4 000", ["Input.Confirmed"] = "true", ["Input.Note"] = "Nowy program od stycznia.", ["submit"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await EntriesAsync(indicator.Id));
    }

    [Fact]
    public async Task No_data_without_a_reason_is_refused()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 3);

        var response = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { noData = true, submit = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Napisz, dlaczego brak danych", await ErrorAsync(response, "noDataReason"));
        Assert.Equal(0, await EntriesAsync(indicator.Id));
    }

    [Fact]
    public async Task A_sent_value_is_withdrawn_until_the_coordinator_decides_and_not_after()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 4);
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var sent = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = 40m, submit = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = sent.GetProperty("id").GetGuid();

        var withdrawn = await partner.PostAsJsonAsync($"/api/v1/chrzanow/entries/{id}/withdraw", new { version = sent.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var draft = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        var history = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator.Id}")).GetProperty("history");
        Assert.Equal("withdrawn", history[0].GetProperty("kind").GetString());

        var resent = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = 41m, submit = true, version = draft.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var approved = await (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{id}/review", new { approve = true, version = resent.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        var late = await partner.PostAsJsonAsync($"/api/v1/chrzanow/entries/{id}/withdraw", new { version = approved.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("Koordynator już to zatwierdził", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Approved", await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.Id == id).Select(e => e.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task Another_gminas_entry_answers_404_and_a_viewer_cannot_withdraw()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 5);
        var sent = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = 7m, submit = true })).Content.ReadFromJsonAsync<JsonElement>();
        var body = new { version = sent.GetProperty("version").GetInt32() };
        var id = sent.GetProperty("id").GetGuid();

        var stranger = await SignIn.AsAsync(app, "partner@krasnystaw.demo");
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/krasnystaw/entries/{id}/withdraw", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/chrzanow/entries/{id}/withdraw", body)).StatusCode);
        Assert.Equal("Submitted", await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.Id == id).Select(e => e.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task The_gminas_audit_log_records_submissions_and_approvals_in_polish()
    {
        var (partner, round, indicator) = await CountIndicatorAsync(nth: 6);
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var sent = await (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator.Id}", new { value = 18m, submit = true })).Content.ReadFromJsonAsync<JsonElement>();
        await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{sent.GetProperty("id").GetGuid()}/review", new { approve = true, version = sent.GetProperty("version").GetInt32() });

        var log = await admin.GetStringAsync("/chrzanow/admin/dziennik");

        Assert.Contains("wartość przesłana do zatwierdzenia", log, StringComparison.Ordinal);
        Assert.Contains("wartość zatwierdzona", log, StringComparison.Ordinal);
        Assert.Contains($"„{indicator.Name}” za 2025: 18", log, StringComparison.Ordinal);
        Assert.DoesNotContain("value.approved", log, StringComparison.Ordinal);
        Assert.DoesNotContain("TenantAdmin", log, StringComparison.Ordinal);
    }

    /// <summary>The partner's n-th count indicator in Chrzanów's open round (each test its own, so they do not meet).</summary>
    private async Task<(HttpClient Partner, Guid Round, (Guid Id, string Name) Indicator)> CountIndicatorAsync(int nth)
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        var mine = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks")).EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "count")
            .Select(t => (t.GetProperty("indicatorId").GetGuid(), t.GetProperty("indicator").GetString()!))
            .ToList();
        Assert.True(mine.Count > nth, $"the demo partner supplies {mine.Count} count indicators");
        return (partner, round, mine[nth]);
    }

    private Task<int> EntriesAsync(Guid indicator) => app.InTenantAsync("chrzanow", db => db.MeasurementEntries.CountAsync(e => e.IndicatorId == indicator));

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }
}
