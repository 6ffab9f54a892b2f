using Strategy.Application.Common.Files;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Infrastructure.Documents;

namespace Strategy.IntegrationTests.Api;

/// <summary>The spreadsheet form of a strategy: the template, export, import and conversion through the API.</summary>
public sealed class SpreadsheetImportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly XlsxFiles Workbooks = new();

    [Fact]
    public async Task Anyone_may_download_the_empty_template_as_xlsx_or_csv()
    {
        var anonymous = SignIn.NewClient(app);

        var xlsx = await anonymous.GetAsync("/api/v1/strategy-template?format=xlsx");
        var csv = await anonymous.GetAsync("/api/v1/strategy-template?format=csv");

        Assert.Equal(Xlsx, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("szablon-strategii.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        var sheets = Workbooks.Read(await xlsx.Content.ReadAsStreamAsync(), FileLimits.SignedIn);
        Assert.Equal(["Strategia", "Elementy", "Wskaźniki", "Instrukcja"], sheets.Select(s => s.Name));
        Assert.Equal(["Kod", "Poziom", "Tytuł", "Cel", "Opis", "Koordynatorzy", "Partnerzy", "Realizatorzy", "Źródła finansowania", "Termin realizacji", "Numer w dokumencie"], sheets[1].Rows[0]);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // so that Excel reads the Polish letters
        Assert.Contains("Kod;Poziom;Tytuł;Cel;Opis;Koordynatorzy;Partnerzy;Realizatorzy;Źródła finansowania;Termin realizacji;Numer w dokumencie", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task An_unknown_template_format_is_a_validation_problem()
    {
        var response = await SignIn.NewClient(app).GetAsync("/api/v1/strategy-template?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dozwolone formaty: json, xlsx, csv.", problem.GetProperty("errors").GetProperty("format")[0].GetString());
    }

    [Theory]
    [InlineData("xlsx", Xlsx)]
    [InlineData("csv", "text/csv")]
    public async Task A_strategy_exported_as_a_spreadsheet_imports_again_with_its_tree_values_and_institutions(string format, string contentType)
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var demo = await DemoData.ReadAsync(app, "krasnystaw");
        var exported = await coordinator.GetAsync($"/api/v1/krasnystaw/strategies/{demo.StrategyId}/export?format={format}");
        Assert.Equal(contentType, exported.Content.Headers.ContentType?.MediaType);

        var content = new ByteArrayContent(await exported.Content.ReadAsByteArrayAsync());
        content.Headers.ContentType = new(contentType);
        var response = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", content);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([8, 32], result.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("elements").GetInt32()));
        Assert.Equal(20, result.GetProperty("measurements").GetInt32());
        Assert.Empty(result.GetProperty("newInstitutions").EnumerateArray());
        var original = Without("source", Without("note", await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{demo.StrategyId}/export")));
        var again = Without("source", Without("note", await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{result.GetProperty("strategyId").GetGuid()}/export")));
        Assert.Equal(original, again);
    }

    [Fact]
    public async Task A_spreadsheet_with_errors_is_refused_with_each_cell_named_and_nothing_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());
        var workbook = Workbooks.Write(
        [
            new SheetContent("Elementy", ["Kod", "Tytuł"], [["1", "Rodzina"], ["1 1", "Zły kod"], ["3.1", "Bez rodzica"]]),
            new SheetContent("Wskaźniki", ["Kod elementu", "Nazwa", "2024"], [["1", "Liczba rodzin", "sporo"]]),
        ]);
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new(Xlsx);

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import?commit=true&title=Z%20arkusza", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Nieprawidłowy plik", problem.GetProperty("title").GetString());
        var cells = problem.GetProperty("cellErrors").EnumerateArray()
            .Select(c => $"{c.GetProperty("sheet").GetString()}!{c.GetProperty("row").GetInt32()}!{c.GetProperty("column").GetString()}").ToList();
        Assert.Equal(["Elementy!3!Kod", "Elementy!4!Kod", "Wskaźniki!2!2024"], cells);
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task The_strategy_document_converts_to_a_spreadsheet_to_correct_by_hand()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import/convert?format=xlsx&title=Strategia%20Chrzan%C3%B3w",
            new StringContent(SeedDocuments.Read(SeedDocuments.Chrzanow), Encoding.UTF8, "text/plain"));

        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        var sheets = Workbooks.Read(await response.Content.ReadAsStreamAsync(), FileLimits.SignedIn);
        Assert.Equal(1 + 6 + 13 + 85, sheets[1].Rows.Count(r => r.Count > 0));
        Assert.Equal(1 + 46, sheets[2].Rows.Count(r => r.Count > 0));
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task A_viewer_may_export_but_neither_convert_nor_import()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var csv = new StringContent("Kod;Tytuł\r\n1;Rodzina\r\n", Encoding.UTF8, "text/csv");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/chrzanow/strategies/{demo.StrategyId}/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/chrzanow/strategies/import/convert?format=json&title=T", csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/chrzanow/strategies/import?title=T", csv)).StatusCode);
    }

    [Fact]
    public async Task Another_gminas_strategy_is_not_found_in_any_export_format()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");

        foreach (var format in new[] { "json", "xlsx", "csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/chrzanow/strategies/{krasnystaw.StrategyId}/export?format={format}")).StatusCode);
        }
    }

    private static string Without(string key, string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        void Strip(System.Text.Json.Nodes.JsonNode? n)
        {
            switch (n)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    o.Remove(key);
                    foreach (var (_, child) in o.ToList())
                    {
                        Strip(child);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var child in a)
                    {
                        Strip(child);
                    }

                    break;
            }
        }

        Strip(node);
        return node.ToJsonString();
    }
}
