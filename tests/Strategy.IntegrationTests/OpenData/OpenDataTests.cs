using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Strategies;

namespace Strategy.IntegrationTests.OpenData;

/// <summary>
/// A gmina's open data at stable public addresses: its adopted strategies' approved values as CSV and JSON,
/// the dane.gov.pl feed with its checksum; nothing unpublished, unapproved or of another gmina in them.
/// </summary>
public sealed class OpenDataTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Krasnystaws_approved_values_are_in_the_CSV_and_the_JSON_for_anyone()
    {
        using var visitor = SignIn.NewClient(app);
        var stored = await app.InTenantAsync("krasnystaw", db => db.Measurements.CountAsync(m => db.Indicators.Any(i => i.Id == m.IndicatorId)));

        var csv = await visitor.GetAsync("/krasnystaw/otwarte-dane/wskazniki.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var json = await visitor.GetFromJsonAsync<JsonElement>("/krasnystaw/otwarte-dane/wskazniki.json");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("gmina,teryt,strategy,elementCode,indicator,unit,year,value,parts,note,source,licence", lines[0]);
        Assert.True(stored > 10, $"the demo has {stored} values");
        Assert.Equal(stored, lines.Length - 1);
        Assert.Equal(stored, json.GetArrayLength());
        var unemployment = json.EnumerateArray().First(r => r.GetProperty("indicator").GetString()!.Contains("stopy bezrobocia", StringComparison.Ordinal));
        Assert.Equal((2020, 11.6m, "CC0 1.0"), (unemployment.GetProperty("year").GetInt32(), unemployment.GetProperty("value").GetDecimal(), unemployment.GetProperty("licence").GetString()));
        Assert.Equal("0606011", unemployment.GetProperty("teryt").GetString());
        Assert.Contains(lines, l => l.Contains(",2020,11.6,", StringComparison.Ordinal)); // a decimal point, fields by commas
        var beneficiaries = json.EnumerateArray().First(r => r.GetProperty("indicator").GetString()!.StartsWith("Liczba beneficjentów pomocy społecznej objętych wsparciem z powodu", StringComparison.Ordinal));
        Assert.Equal([("bezrobocia", 300m), ("ubóstwa", 331m), ("bezdomności", 6m)], beneficiaries.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("label").GetString(), p.GetProperty("value").GetDecimal())));
        var line = lines.Single(l => l.Contains("bezrobocia: 300", StringComparison.Ordinal));
        Assert.True(line.Contains(",bezrobocia: 300; ubóstwa: 331; bezdomności: 6,", StringComparison.Ordinal), line);
    }

    [Fact]
    public async Task The_feed_for_dane_gov_pl_lists_both_files_at_their_public_addresses_with_its_checksum()
    {
        using var visitor = SignIn.NewClient(app);

        var response = await visitor.GetAsync("/krasnystaw/otwarte-dane/dane-gov-pl.xml");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var checksum = await visitor.GetStringAsync("/krasnystaw/otwarte-dane/dane-gov-pl.md5");

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), checksum);
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        XNamespace ns = "urn:otwarte-dane:harvester:1.13";
        Assert.Equal(ns + "datasets", feed.Root!.Name);
        var dataset = Assert.Single(feed.Root.Elements("dataset"));
        Assert.Equal("published", dataset.Attribute("status")!.Value);
        Assert.Equal("srps-0606011", dataset.Element("extIdent")!.Value);
        Assert.Contains("Krasnystaw", dataset.Element("title")!.Element("polish")!.Value, StringComparison.Ordinal);
        Assert.Equal("yearly", dataset.Element("updateFrequency")!.Value);
        var resources = dataset.Element("resources")!.Elements("resource").ToList();
        Assert.Equal(["http://localhost:5080/krasnystaw/otwarte-dane/wskazniki.csv", "http://localhost:5080/krasnystaw/otwarte-dane/wskazniki.json"], resources.Select(r => r.Element("url")!.Value));
        Assert.All(resources, r => Assert.Equal("2020-12-31", r.Element("dataDate")!.Value));
        Assert.All(feed.Descendants("extIdent"), e => Assert.InRange(e.Value.Length, 1, 36));
    }

    [Fact]
    public async Task A_value_waiting_for_approval_is_absent_and_is_there_at_once_when_approved()
    {
        await DemoData.EnsureMonitoringAsync(app);
        using var visitor = SignIn.NewClient(app);
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        var todo = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks")).EnumerateArray().First(t => t.GetProperty("entry").ValueKind == JsonValueKind.Null && t.GetProperty("kind").GetString() == "count");
        var indicator = todo.GetProperty("indicatorId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 4321m, confirmed = true, note = "z rejestru", submit = true })).StatusCode);
        var before = await visitor.GetStringAsync("/chrzanow/otwarte-dane/wskazniki.csv");

        var entry = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}")).GetProperty("awaitingReview").EnumerateArray().First(e => e.GetProperty("indicatorId").GetGuid() == indicator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{entry.GetProperty("entryId").GetGuid()}/review", new { approve = true, version = entry.GetProperty("version").GetInt32() })).StatusCode);
        var after = await visitor.GetStringAsync("/chrzanow/otwarte-dane/wskazniki.csv");

        Assert.DoesNotContain(",4321,", before, StringComparison.Ordinal);
        Assert.Contains(",4321,,z rejestru,", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_strategy_another_gmina_and_a_gmina_without_public_pages_are_never_in_the_files()
    {
        await app.InTenantAsync("chrzanow", async db =>
        {
            var draft = new MunicipalStrategy("Projekt strategii 2028–2035", 2028, 2035, null, ["Cel"]);
            var goal = draft.AddElement(null, "1", "Cel projektu");
            var indicator = goal.AddIndicator("Wskaźnik z projektu, niepublikowany", "osoby", null);
            indicator.Record(2028, new Strategy.Domain.Indicators.MeasurementValue(5, null, false, null, null));
            db.Strategies.Add(draft);
            await db.SaveChangesAsync();
        });
        await SharingGmina.AddAsync(app, "1203053", "trzebinia-dane", 2024, 19_000);
        using var visitor = SignIn.NewClient(app);

        var chrzanow = await visitor.GetStringAsync("/chrzanow/otwarte-dane/wskazniki.json");
        var hidden = await visitor.GetAsync("/trzebinia-dane/otwarte-dane/wskazniki.csv");
        var hiddenFeed = await visitor.GetAsync("/trzebinia-dane/otwarte-dane/dane-gov-pl.xml");
        var hiddenApi = await visitor.GetAsync("/api/v1/trzebinia-dane/open-data");
        var ownAdmin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var ownApi = await ownAdmin.GetAsync("/api/v1/chrzanow/open-data");

        Assert.DoesNotContain("niepublikowany", chrzanow, StringComparison.Ordinal);
        Assert.DoesNotContain("0606011", chrzanow, StringComparison.Ordinal);
        Assert.DoesNotContain("Krasnystaw", chrzanow, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.StatusCode, hiddenFeed.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, hiddenApi.StatusCode); // the API's answer to anyone about a gmina that is not public
        Assert.Equal(HttpStatusCode.OK, ownApi.StatusCode);
    }

    [Fact]
    public async Task The_gminas_pages_link_its_open_data_page_and_the_api_gives_the_same_rows()
    {
        using var visitor = SignIn.NewClient(app);

        var home = await visitor.GetStringAsync("/chrzanow");
        var page = await visitor.GetStringAsync("/krasnystaw/otwarte-dane");
        var api = await visitor.GetFromJsonAsync<JsonElement>("/api/v1/krasnystaw/open-data");
        var file = await visitor.GetFromJsonAsync<JsonElement>("/krasnystaw/otwarte-dane/wskazniki.json");

        Assert.Contains("href=\"/chrzanow/otwarte-dane\"", home, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/krasnystaw/otwarte-dane/dane-gov-pl.xml", page, StringComparison.Ordinal);
        Assert.Contains("CC0 1.0", page, StringComparison.Ordinal);
        Assert.Equal(file.GetArrayLength(), api.GetProperty("rows").GetArrayLength());
        Assert.Equal("0606011", api.GetProperty("teryt").GetString());
    }
}
