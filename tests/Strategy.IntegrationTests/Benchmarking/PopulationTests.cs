using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Benchmarking;
using Strategy.Testing.OfficialStatistics;

namespace Strategy.IntegrationTests.Benchmarking;

/// <summary>
/// A gmina's population by year through the API and the page, and filling it from GUS BDL — served by
/// <see cref="FakeBdl"/> from recorded responses (no test touches the network). Krasnystaw's demo figures
/// for 2014–2025 were entered by a person; the recorded BDL answer has 2014–2016.
/// </summary>
public sealed class PopulationTests(BdlAppFactory app) : IClassFixture<BdlAppFactory>
{
    private static JsonElement Year(JsonElement list, int year) => list.EnumerateArray().Single(f => f.GetProperty("year").GetInt32() == year);

    private Task<int> CountAsync() => app.InTenantAsync("krasnystaw", db => db.PopulationFigures.CountAsync());

    [Fact]
    public async Task A_coordinator_enters_a_new_year_and_corrects_it_from_its_version_and_a_stale_version_is_refused()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var added = await coordinator.PutAsJsonAsync("/api/v1/krasnystaw/population/2026", new { residents = 18_000 });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var version = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var corrected = await coordinator.PutAsJsonAsync("/api/v1/krasnystaw/population/2026", new { residents = 17_950, version });
        var stale = await coordinator.PutAsJsonAsync("/api/v1/krasnystaw/population/2026", new { residents = 1, version });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var figure = Year(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/population"), 2026);
        Assert.Equal(17_950, figure.GetProperty("residents").GetInt32());
        Assert.Equal("person", figure.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("qualityFlag").ValueKind);
    }

    [Theory]
    [InlineData(2027, 0)]
    [InlineData(1980, 18_000)]
    public async Task Bad_input_is_a_problem_document_and_nothing_is_saved(int year, int residents)
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var before = await CountAsync();

        var response = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/population/{year}", new { residents });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("obserwator@krasnystaw.demo", HttpStatusCode.Forbidden)]
    [InlineData("koordynator@chrzanow.demo", HttpStatusCode.NotFound)] // another gmina's coordinator: as if it did not exist
    public async Task Only_the_gminas_coordinators_enter_population_or_fetch_it(string email, HttpStatusCode expected)
    {
        using var client = await SignIn.AsAsync(app, email);
        var before = await CountAsync();

        Assert.Equal(expected, (await client.PutAsJsonAsync("/api/v1/krasnystaw/population/2028", new { residents = 18_000 })).StatusCode);
        Assert.Equal(expected, (await client.PostAsync("/api/v1/krasnystaw/official-statistics/fetch", null)).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Fetching_fills_a_missing_year_from_bdl_with_its_quality_flag_and_keeps_what_a_person_entered()
    {
        await app.InTenantAsync("krasnystaw", async db =>
        {
            db.PopulationFigures.Remove(await db.PopulationFigures.SingleAsync(p => p.Year == 2016));
            await db.SaveChangesAsync();
        });
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var entered2014 = Year(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/population"), 2014).GetProperty("residents").GetInt32();

        var response = await coordinator.PostAsync("/api/v1/krasnystaw/official-statistics/fetch", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("060611206011", summary.GetProperty("unitId").GetString()); // the town, not the rural gmina of the same name
        Assert.Equal(1, summary.GetProperty("populationFilled").GetInt32());
        Assert.True(summary.GetProperty("keptPersonValues").GetInt32() >= 2);
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/population");
        Assert.Equal(19_288, Year(list, 2016).GetProperty("residents").GetInt32());
        Assert.Equal("bdl", Year(list, 2016).GetProperty("source").GetString());
        Assert.Equal(3, Year(list, 2016).GetProperty("qualityFlag").GetInt32());
        Assert.Equal(entered2014, Year(list, 2014).GetProperty("residents").GetInt32());
        Assert.Equal("person", Year(list, 2014).GetProperty("source").GetString());
        Assert.DoesNotContain(app.Bdl.Requests, r => !r.Host.EndsWith("stat.gov.pl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_bdl_is_unavailable_the_fetch_is_a_503_and_the_page_says_so_and_nothing_changes()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var before = await app.InTenantAsync("krasnystaw", db => db.PopulationFigures.Select(p => new { p.Year, p.Residents, p.Source }).OrderBy(p => p.Year).ToListAsync());
        app.Bdl.Respond = _ => FakeBdl.TooManyRequests();
        try
        {
            var response = await coordinator.PostAsync("/api/v1/krasnystaw/official-statistics/fetch", null);
            var page = await SignIn.PostFormAsync(coordinator, "/krasnystaw/admin/ludnosc?handler=Fetch", [], "/krasnystaw/admin/ludnosc");
            var shown = await coordinator.GetStringAsync(page.Headers.Location!.ToString());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Bank Danych Lokalnych GUS", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
            Assert.Contains("Bank Danych Lokalnych GUS jest niedostępny lub ogranicza liczbę zapytań. Dotychczasowe wartości zostały zachowane.", shown);
        }
        finally
        {
            app.Bdl.Respond = FakeBdl.Recorded;
        }

        Assert.Equal(before, await app.InTenantAsync("krasnystaw", db => db.PopulationFigures.Select(p => new { p.Year, p.Residents, p.Source }).OrderBy(p => p.Year).ToListAsync()));
    }

    [Fact]
    public async Task A_coordinator_enters_a_figure_on_the_page_and_a_bad_one_gets_a_polish_message()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var saved = await SignIn.PostFormAsync(coordinator, "/krasnystaw/admin/ludnosc", new() { ["Input.Year"] = "2013", ["Input.Residents"] = "19600" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Zapisano liczbę mieszkańców w roku 2013", await coordinator.GetStringAsync("/krasnystaw/admin/ludnosc"));

        var bad = await SignIn.PostFormAsync(coordinator, "/krasnystaw/admin/ludnosc", new() { ["Input.Year"] = "2012", ["Input.Residents"] = "0" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Popraw błędy w formularzu", await bad.Content.ReadAsStringAsync());
        Assert.Null(await app.InTenantAsync("krasnystaw", db => db.PopulationFigures.Where(p => p.Year == 2012).Select(p => (int?)p.Residents).SingleOrDefaultAsync()));
    }

    [Theory]
    [InlineData("partner@krasnystaw.demo", HttpStatusCode.Forbidden)]
    [InlineData("obserwator@krasnystaw.demo", HttpStatusCode.Forbidden)]
    [InlineData("koordynator@krasnystaw.demo", HttpStatusCode.OK)]
    [InlineData("admin@krasnystaw.demo", HttpStatusCode.OK)]
    public async Task The_population_page_is_for_those_who_correct_the_figures_as_its_query_decides(string who, HttpStatusCode expected)
    {
        using var member = await SignIn.AsAsync(app, who);

        var response = await member.GetAsync("/krasnystaw/admin/ludnosc");

        Assert.Equal(expected, response.StatusCode);
    }
}
