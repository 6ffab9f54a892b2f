using Strategy.Application.Common.Files;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Monitoring;
using Strategy.Infrastructure.Documents;

namespace Strategy.IntegrationTests.Api;

/// <summary>Bulk entry: a partner downloads its to-do list as a spreadsheet, fills it and uploads it, all or nothing.</summary>
public sealed class EntrySheetTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const int VersionColumn = 11;
    private static readonly XlsxFiles Workbooks = new();

    [Fact]
    public async Task A_filled_in_workbook_saves_every_row_and_submits_them()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var sheet = await DownloadAsync(partner, round);
        var rows = sheet.Rows.Skip(1).Where(r => !Downloaded(r)).Take(3).ToList();
        var ids = rows.Select(r => Guid.Parse(r[0])).ToList();
        var listed = sheet.Rows.Skip(1).Select(r => Guid.Parse(r[0])).ToList();
        var draftsLeftAsTheyWere = await app.InTenantAsync("chrzanow", db => db.MeasurementEntries
            .CountAsync(e => e.RoundId == round && listed.Contains(e.IndicatorId) && (e.Status == ReviewStatus.Draft || e.Status == ReviewStatus.Returned)));

        var response = await UploadAsync(partner, round, Filled(sheet, rows.Select((r, i) => (r[0], i == 2 ? "" : $"{i + 1} 000", i == 2 ? "tak" : ""))), submit: true);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(3 + draftsLeftAsTheyWere, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved").GetInt32());
        var saved = await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => ids.Contains(e.IndicatorId)).ToListAsync());
        Assert.All(saved, e => Assert.Equal(ReviewStatus.Submitted, e.Status));
        Assert.Equal(1000m, saved.Single(e => e.IndicatorId == ids[0]).Value);
        Assert.True(saved.Single(e => e.IndicatorId == ids[2]).NoData);
    }

    [Fact]
    public async Task A_sheet_downloaded_after_submitting_uploads_again_with_only_the_new_rows_saved()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var first = await DownloadAsync(partner, round);
        var empty = first.Rows.Skip(1).Where(r => !Downloaded(r)).Take(2).ToList();
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(partner, round, Filled(first, [(empty[0][0], "7", "")]), submit: true)).StatusCode);
        var again = await DownloadAsync(partner, round);
        Assert.Equal("7", again.Rows.Single(r => r[0] == empty[0][0])[5]);

        var response = await UploadAsync(partner, round, Filled(again, [(empty[1][0], "8", "")]), submit: false);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved").GetInt32());
        var first7 = Guid.Parse(empty[0][0]);
        Assert.Equal(ReviewStatus.Submitted, await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.IndicatorId == first7 && e.RoundId == round).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_with_each_problem_by_row_and_column()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var round = await RoundAsync(partner);
        var sheet = await DownloadAsync(partner, round);
        var untouched = sheet.Rows.Skip(1).Where(r => !Downloaded(r)).ToList();
        var good = untouched[0][0];
        var foreign = await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.SupplierInstitutionId == null).Select(i => i.Id).FirstAsync());
        var content = Workbooks.Write(
        [
            new SheetContent("Wartości", [.. sheet.Rows[0]], [[good, null, null, null, null, "150"], [foreign.ToString(), null, null, null, null, "1"], [untouched[1][0], null, null, null, null, "dużo"]]),
        ]);

        var response = await UploadAsync(partner, round, content, submit: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cells = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cellErrors").EnumerateArray()
            .Select(c => $"{c.GetProperty("row").GetInt32()}:{c.GetProperty("column").GetString()}").ToList();
        Assert.Equal(["3:Identyfikator", "4:Wartość"], cells);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.AnyAsync(e => e.IndicatorId == Guid.Parse(good))));
    }

    [Fact]
    public async Task A_csv_sheet_works_like_the_workbook_and_a_value_changed_after_the_download_is_not_overwritten()
    {
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var round = await RoundAsync(partner);
        var csv = Encoding.UTF8.GetString(await partner.GetByteArrayAsync($"/api/v1/chrzanow/rounds/{round}/sheet?format=csv"));
        var lines = CsvFile.Read(csv.TrimStart('\uFEFF'), FileLimits.SignedIn);
        var line = lines.Select((l, i) => (l, i)).Skip(1).First(x => !Downloaded(x.l)).i;
        var id = Guid.Parse(lines[line][0]);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{id}", new { value = 42m })).StatusCode);
        var edited = lines.Select((l, i) => i == line ? l.Select((c, j) => j == 5 ? "43" : c).ToList() : l.ToList()).ToList();

        var response = await partner.PostAsync($"/api/v1/chrzanow/rounds/{round}/sheet", new ByteArrayContent(CsvFile.WriteUtf8WithBom([.. edited.Select(r => (IReadOnlyList<object?>)[.. r])])) { Headers = { ContentType = new("text/csv") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("zmienił(a) tę wartość po pobraniu arkusza: „42”", await response.Content.ReadAsStringAsync());
        Assert.Equal(42m, await app.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.IndicatorId == id).Select(e => e.Value).SingleAsync()));
    }

    [Fact]
    public async Task A_viewer_has_no_sheet_to_fill()
    {
        var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");
        var round = await RoundAsync(viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/chrzanow/rounds/{round}/sheet")).StatusCode);
    }

    /// <summary>A row that already carries a stored entry (its version); the reader drops empty trailing cells.</summary>
    private static bool Downloaded(IReadOnlyList<string> row) => row.Count > VersionColumn && row[VersionColumn].Length > 0;

    private static async Task<Guid> RoundAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();

    private static async Task<Sheet> DownloadAsync(HttpClient client, Guid round)
    {
        var response = await client.GetAsync($"/api/v1/chrzanow/rounds/{round}/sheet?format=xlsx");
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        return Assert.Single(Workbooks.Read(await response.Content.ReadAsStreamAsync(), FileLimits.SignedIn));
    }

    private static byte[] Filled(Sheet sheet, IEnumerable<(string Id, string Value, string NoData)> values)
    {
        var byId = values.ToDictionary(v => v.Id);
        return Workbooks.Write(
        [
            new SheetContent(sheet.Name, [.. sheet.Rows[0]], sheet.Rows.Skip(1).Select(r => (IReadOnlyList<object?>)r.Select((c, j) => (object?)(byId.TryGetValue(r[0], out var v) ? j switch { 5 => v.Value, 6 => v.NoData, 7 => v.NoData == "tak" ? "nie prowadzimy rejestru" : c, _ => c } : c)).ToList()).ToList()),
        ]);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid round, byte[] workbook, bool submit) =>
        client.PostAsync($"/api/v1/chrzanow/rounds/{round}/sheet?submit={submit}", new ByteArrayContent(workbook) { Headers = { ContentType = new(Xlsx) } });
}
