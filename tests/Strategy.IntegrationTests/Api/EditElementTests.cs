using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Api;

/// <summary>Editing an element: through the API and the page, and never overwriting someone else's save.</summary>
public sealed class EditElementTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_coordinator_edits_an_element_from_the_version_read_and_gets_the_next_one()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.2");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("version").GetInt32();

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Wspieranie rodzin w kryzysie", statement = "Rodziny radzą sobie same", version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        var element = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}");
        Assert.Equal("Wspieranie rodzin w kryzysie", element.GetProperty("element").GetProperty("title").GetString());
        Assert.Equal(version + 1, element.GetProperty("version").GetInt32());
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.edited" && a.Detail!.Contains("Wspieranie rodzin w kryzysie"))));
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_give_one_success_and_one_409_naming_the_other_value()
    {
        var first = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var second = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.3");
        var version = (await first.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("version").GetInt32();

        var saved = await first.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Wersja koordynatora", version });
        var refused = await second.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Wersja administratora", version });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("„Wersja koordynatora”", problem.GetProperty("detail").GetString());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Wersja koordynatora", problem.GetProperty("current").GetProperty("title").GetString());
        Assert.Equal("Wersja koordynatora", await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Saves_racing_from_the_same_version_never_both_succeed()
    {
        var clients = new[] { await SignIn.AsAsync(app, "koordynator@chrzanow.demo"), await SignIn.AsAsync(app, "admin@chrzanow.demo") };
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.4");
        var version = (await clients[0].GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("version").GetInt32();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            clients[i % 2].PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = $"Wersja {i}", version })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(version + 1, await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("partner@chrzanow.demo", HttpStatusCode.Forbidden)]
    public async Task Only_those_who_manage_the_strategy_may_edit(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.5");

        var response = await client.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Nie wolno", version = 0 });

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEqual("Nie wolno", await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_title_is_a_validation_problem_naming_the_field()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.6");

        var response = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = " ", version = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Podaj tytuł elementu.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task The_edit_page_refuses_a_stale_form_with_the_other_title_and_then_saves_deliberately()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.7");
        var page = $"/chrzanow/elementy/{id}/edycja";
        var stale = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Zapisane przez kogoś innego", version = stale })).StatusCode);

        var refused = await SignIn.PostFormAsync(coordinator, page, new() { ["Input.Title"] = "Moja wersja", ["Input.Version"] = stale.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Zapisany teraz tytuł: „Zapisane przez kogoś innego”", html);
        Assert.Contains($"value=\"{stale + 1}\"", html); // the form now stands on the other person's version
        Assert.Equal("Zapisane przez kogoś innego", await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));

        var saved = await SignIn.PostFormAsync(coordinator, page, new() { ["Input.Title"] = "Moja wersja", ["Input.Version"] = (stale + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Moja wersja", await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_edit_page_is_for_those_who_manage_the_strategy()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.8");

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/chrzanow/elementy/{id}/edycja")).StatusCode);
        Assert.DoesNotContain("Edytuj element", await viewer.GetStringAsync($"/chrzanow/elementy/{id}"));
        Assert.Contains("Edytuj element", await coordinator.GetStringAsync($"/chrzanow/elementy/{id}"));
    }
}
