using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Strategy.Application.Common.Files;
using Strategy.Application.Common.Spreadsheets;

namespace Strategy.IntegrationTests.Security;

/// <summary>A cell a spreadsheet would run as a formula is written behind an apostrophe, and read back without it.</summary>
public sealed class CsvInjectionTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Formula = "=HIPERŁĄCZE(\"https://example.invalid\";\"Szczegóły\")";

    [Fact]
    public async Task A_partner_s_formula_note_comes_out_of_the_round_sheet_neutralised_and_reads_back_as_written()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        var task = (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks")).EnumerateArray()
            .First(t => t.GetProperty("entry").ValueKind == JsonValueKind.Null);
        var saved = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{task.GetProperty("indicatorId").GetGuid()}", new { value = 12m, note = Formula, submit = false });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var csv = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync($"/api/v1/chrzanow/rounds/{round}/sheet?format=csv"));

        Assert.Contains("\"'" + Formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv);
        Assert.DoesNotContain(";\"=", csv);
        Assert.Contains(CsvFile.Read(csv.TrimStart('\uFEFF'), FileLimits.SignedIn), row => row.Contains(Formula));
    }

    [Fact]
    public async Task A_formula_title_comes_out_of_the_public_csv_export_neutralised_and_imports_back_as_written()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "1.1");
        await DemoData.RenameElementAsync(app, "chrzanow", element, "=1+1");
        var strategy = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/strategies"))[0].GetProperty("id").GetGuid();
        using var anonymous = SignIn.NewClient(app);

        var export = await anonymous.GetAsync($"/api/v1/chrzanow/strategies/{strategy}/export?format=csv");
        var csv = await export.Content.ReadAsByteArrayAsync();
        var converted = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import/convert?format=json", new ByteArrayContent(csv) { Headers = { ContentType = new("text/csv") } });

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(";\"'=1+1\";", Encoding.UTF8.GetString(csv));
        Assert.Contains("\"title\": \"=1+1\"", await converted.Content.ReadAsStringAsync());
    }
}
