using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Identity;

namespace Strategy.IntegrationTests.Api;

/// <summary>
/// ADR 0024: the API carries numbers as JSON numbers; Polish text is read on the pages (and in spreadsheets);
/// the history keeps values and the author's account and words them when shown.
/// </summary>
public sealed class TypedNumbersTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task The_openapi_description_says_the_numbers_of_request_bodies_and_of_the_history_are_numbers()
    {
        using var client = app.CreateClient();
        var schemas = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");

        Assert.True(IsNumber(schemas, "SaveEntryRequest", "value"));
        Assert.True(IsNumber(schemas, "MeasurementPartDto", "value"));
        Assert.True(IsNumber(schemas, "SaveTaskReportRequest", "plannedAmount"));
        Assert.True(IsNumber(schemas, "SaveTaskReportRequest", "spentAmount"));
        Assert.True(IsNumber(schemas, "EditIndicatorRequest", "baselineValue"));
        Assert.True(IsNumber(schemas, "EditIndicatorRequest", "targetValue"));
        Assert.True(IsNumber(schemas, "ReportedValueDto", "value"));
        Assert.Contains("array", Types(schemas.GetProperty("SaveEntryRequest").GetProperty("properties").GetProperty("parts")));
        Assert.Contains("ReportedValueDto", schemas.GetProperty("IndicatorChangeDto").GetProperty("properties").GetProperty("newValue").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_sent_as_polish_text_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        var (partner, url, indicator) = await ValueUrlAsync(0);

        var response = await partner.PutAsJsonAsync(url, new { value = "1 234,5" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("liczby JSON", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("value")[0].GetString());
        Assert.Equal(0, await EntriesAsync(indicator));
    }

    [Fact]
    public async Task Parts_are_sent_and_answered_as_numbers_and_more_than_a_breakdown_has_are_refused_with_nothing_stored()
    {
        var (partner, url, indicator) = await ValueUrlAsync(1);
        var tooMany = Enumerable.Range(1, 31).Select(i => new { label = $"grupa {i}", value = i }).ToArray();

        var refused = await partner.PutAsJsonAsync(url, new { parts = tooMany });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Wartość może mieć najwyżej 30 składowych.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("parts")[0].GetString());
        Assert.Equal(0, await EntriesAsync(indicator));

        var saved = await partner.PutAsJsonAsync(url, new { value = 631m, parts = new[] { new { label = "bezrobocia", value = 300.5m }, new { label = "ubóstwa", value = 331m } } });

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var entry = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            [("bezrobocia", 300.5m), ("ubóstwa", 331m)],
            entry.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("label").GetString()!, p.GetProperty("value").GetDecimal())));
    }

    [Fact]
    public async Task The_progress_form_reads_a_polish_amount_and_refuses_text_in_polish_storing_nothing()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports"))[3].GetProperty("elementId").GetGuid();
        var path = $"/chrzanow/elementy/{task}/postep";
        var before = await ReportsAsync(task);

        var refused = await SignIn.PostFormAsync(partner, path, new() { ["Input.Progress"] = "InProgress", ["Input.PlannedAmount"] = "dużo" });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("„dużo” nie jest liczbą: wpisz np. 1 234,5 albo 11,6.", System.Net.WebUtility.HtmlDecode(page));
        Assert.Equal(before, await ReportsAsync(task));

        var saved = await SignIn.PostFormAsync(partner, path, new() { ["Input.Progress"] = "InProgress", ["Input.PlannedAmount"] = "12 500,50", ["Input.SpentAmount"] = "1.234,5" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            (12500.50m, 1234.5m),
            await app.InTenantAsync("chrzanow", db => db.TaskReports.Where(r => r.ElementId == task && r.RoundId == round).Select(r => new ValueTuple<decimal, decimal>(r.PlannedAmount!.Value, r.SpentAmount!.Value)).SingleAsync()));
    }

    [Fact]
    public async Task The_value_page_refuses_parts_longer_than_any_breakdown_unread_and_stores_nothing()
    {
        var (partner, _, indicator) = await ValueUrlAsync(3);
        var hostile = string.Join("; ", Enumerable.Repeat("grupa: 1", 2_000));

        var response = await SignIn.PostFormAsync(partner, $"/chrzanow/wskazniki/{indicator}/wartosc", new() { ["Input.Parts"] = hostile });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Składowe mogą mieć razem najwyżej", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await EntriesAsync(indicator));
    }

    [Fact]
    public async Task The_history_keeps_the_authors_account_and_the_value_and_shows_the_name_the_account_has_now()
    {
        var (partner, url, indicator) = await ValueUrlAsync(2);
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync(url, new { value = 4321m, note = "z rejestru" })).StatusCode);
        Guid partnerId;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var account = (await users.FindByEmailAsync("partner@chrzanow.demo"))!;
            partnerId = account.Id;
            account.DisplayName = "Anna Nowak (OPS)";
            await users.UpdateAsync(account);
        }

        var line = await app.InTenantAsync("chrzanow", db => db.IndicatorChanges.Where(c => c.IndicatorId == indicator).OrderByDescending(c => c.At).FirstAsync());
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var shown = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/indicators/{indicator}")).GetProperty("history")[0];
        var page = System.Net.WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/chrzanow/wskazniki/{indicator}"));

        Assert.Equal(partnerId, line.ByUserId);
        Assert.Equal((4321m, "z rejestru"), (line.NewValue!.Value!.Value, line.NewValue.Note));
        Assert.Equal("Anna Nowak (OPS)", shown.GetProperty("by").GetString());
        Assert.Equal(4321m, shown.GetProperty("newValue").GetProperty("value").GetDecimal());
        Assert.Contains("Anna Nowak (OPS)", page);
        Assert.Contains("4\u00A0321", page);
    }

    private async Task<(HttpClient Partner, string Url, Guid Indicator)> ValueUrlAsync(int nth)
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var indicator = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks"))[nth].GetProperty("indicatorId").GetGuid();
        return (partner, $"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", indicator);
    }

    private static async Task<Guid> RoundAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();

    private Task<int> ReportsAsync(Guid task) =>
        app.InTenantAsync("chrzanow", db => db.TaskReports.CountAsync(r => r.ElementId == task));

    private Task<int> EntriesAsync(Guid indicator) =>
        app.InTenantAsync("chrzanow", db => db.MeasurementEntries.CountAsync(e => e.IndicatorId == indicator));

    private static bool IsNumber(JsonElement schemas, string schema, string property) =>
        Types(schemas.GetProperty(schema).GetProperty("properties").GetProperty(property)).Contains("number");

    // "type": "number" or ["number", "null"]; a nullable decimal may also be a oneOf/$ref-free schema with the type array.
    private static IEnumerable<string> Types(JsonElement property) =>
        property.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!]
            : [];
}
