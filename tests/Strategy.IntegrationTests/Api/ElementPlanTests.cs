using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Testing.Layouts;

namespace Strategy.IntegrationTests.Api;

/// <summary>An element's funding sources and time frame: read from the document, saved, shown, edited and carried by every export format.</summary>
public sealed class ElementPlanTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Funding_and_time_frame_read_from_a_PDF_are_saved_shown_and_exported()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var pdf = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(ImportScorecard.Folder, "kropkowa.pdf")));
        pdf.Headers.ContentType = new("application/pdf");

        var committed = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", pdf);

        Assert.True(committed.StatusCode == HttpStatusCode.OK, await committed.Content.ReadAsStringAsync());
        var strategyId = (await committed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("strategyId").GetGuid();
        var id = await app.InTenantAsync("krasnystaw", db => db.Elements.Where(e => e.StrategyId == strategyId && e.Code == "2.2").Select(e => e.Id).SingleAsync());
        var element = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/elements/{id}")).GetProperty("element");
        Assert.Equal("budżet gminy, fundusze zewnętrzne", element.GetProperty("funding").GetString());
        Assert.Equal("2022–2027", element.GetProperty("timeFrame").GetString());

        var page = await coordinator.GetStringAsync($"/krasnystaw/elementy/{id}");
        Assert.Contains("<dt class=\"col-sm-3\">Źródła finansowania</dt>", page);
        Assert.Contains("<dd class=\"col-sm-9\">budżet gminy, fundusze zewnętrzne</dd>", page);
        Assert.Contains("<dd class=\"col-sm-9\">2022–2027</dd>", page);

        var json = await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{strategyId}/export");
        Assert.Contains("\"funding\": \"budżet gminy, fundusze zewnętrzne\"", json);
        Assert.Contains("\"timeFrame\": \"2022–2027\"", json);

        // The spreadsheet form carries them too: exported and imported again, the element says the same.
        var xlsx = new ByteArrayContent(await coordinator.GetByteArrayAsync($"/api/v1/krasnystaw/strategies/{strategyId}/export?format=xlsx"));
        xlsx.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var again = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", xlsx);
        Assert.True(again.StatusCode == HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var againId = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("strategyId").GetGuid();
        Assert.Equal(
            ("budżet gminy, fundusze zewnętrzne", "2022–2027"),
            await app.InTenantAsync("krasnystaw", db => db.Elements.Where(e => e.StrategyId == againId && e.Code == "2.2").Select(e => ValueTuple.Create(e.Funding, e.TimeFrame)).SingleAsync()));
    }

    [Fact]
    public async Task A_coordinator_sets_funding_and_time_frame_and_too_long_a_value_is_refused_with_nothing_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.1");
        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}");
        var title = read.GetProperty("element").GetProperty("title").GetString();
        var version = read.GetProperty("version").GetInt32();

        var tooLong = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title, funding = new string('x', 1001), timeFrame = "2022", version });
        var saved = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title, funding = "budżet gminy", timeFrame = "corocznie", version });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Źródła finansowania mogą mieć najwyżej 1000 znaków.", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var element = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("element");
        Assert.Equal("budżet gminy", element.GetProperty("funding").GetString());
        Assert.Equal("corocznie", element.GetProperty("timeFrame").GetString());
    }

    [Fact]
    public async Task The_edit_page_saves_funding_and_time_frame()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.2");
        var form = await coordinator.GetStringAsync($"/chrzanow/elementy/{id}/edycja");
        var fields = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => new { e.Title, e.Version }).SingleAsync());

        var response = await coordinator.PostAsync($"/chrzanow/elementy/{id}/edycja", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Input.Title"] = fields.Title,
            ["Input.Funding"] = "budżet gminy, Fundusz Pracy",
            ["Input.TimeFrame"] = "2023–2025",
            ["Input.Version"] = fields.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coordinator.GetStringAsync(response.Headers.Location);
        Assert.Contains("<dd class=\"col-sm-9\">budżet gminy, Fundusz Pracy</dd>", page);
        Assert.Contains("<dd class=\"col-sm-9\">2023–2025</dd>", page);
    }
}
