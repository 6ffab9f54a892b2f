using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Reports;

/// <summary>
/// The raport o stanie gminy chapter: the year's approved data as plain Polish text, checked against the data on
/// both demo gminy; as JSON, a page and DOCX; a year without data or outside the period said plainly.
/// </summary>
public sealed class StateReportChapterTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Title2020 = "Realizacja Strategii Rozwiązywania Problemów Społecznych w roku 2020";

    [Fact]
    public async Task Krasnystaws_chapter_for_2020_says_what_its_approved_values_say()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var (valued, noData, all) = await app.InTenantAsync("krasnystaw", async db =>
        {
            var goal = await db.Elements.SingleAsync(e => e.StrategyId == strategy && e.Code == "2" && e.Depth == 1);
            var ids = await db.Elements.Where(e => e.Id == goal.Id || e.ParentId == goal.Id).Select(e => e.Id).ToListAsync();
            var indicators = db.Indicators.Where(i => ids.Contains(i.ElementId));
            return (await db.Measurements.CountAsync(m => m.Year == 2020 && !m.NoData && indicators.Any(i => i.Id == m.IndicatorId)),
                await db.Measurements.CountAsync(m => m.Year == 2020 && m.NoData && indicators.Any(i => i.Id == m.IndicatorId)),
                await indicators.CountAsync());
        });

        var chapter = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2020");

        Assert.Equal(Title2020, chapter.GetProperty("title").GetString());
        var introduction = string.Join(" ", chapter.GetProperty("introduction").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Miasto Krasnystaw realizuje strategię „Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020” (Uchwała nr IV/13/2014 Rady Miasta Krasnostaw).", introduction, StringComparison.Ordinal);
        Assert.Contains("Jej realizację koordynuje Miejski Ośrodek Pomocy Społecznej.", introduction, StringComparison.Ordinal);
        Assert.Contains("Struktura strategii: 8\u00A0elementów najwyższego poziomu („Cel strategiczny”) i 26\u00A0wskaźników.", introduction, StringComparison.Ordinal);
        var goals = chapter.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(8, goals.Count);
        Assert.StartsWith("Cel strategiczny 2. Promocja zatrudnienia", goals[1].GetProperty("heading").GetString(), StringComparison.Ordinal);
        Assert.Equal((5, 2, 7), (valued, noData, all)); // what the document reported for goal 2 in 2020
        Assert.Equal("Zatwierdzono wartości 5\u00A0wskaźników z 7; żadnego nie można jeszcze ocenić wobec wartości docelowej. Dla 2\u00A0wskaźników podano „brak danych”.", goals[1].GetProperty("paragraph").GetString());
        Assert.Equal("Zatwierdzono wartości 4\u00A0wskaźników z 4; żadnego nie można jeszcze ocenić wobec wartości docelowej.", goals[4].GetProperty("paragraph").GetString());
        Assert.Equal("Za rok 2020 nie zatwierdzono żadnej wartości wskaźnika ani postępu zadań w tym celu.", goals[0].GetProperty("paragraph").GetString());
        var table = chapter.GetProperty("keyIndicators").EnumerateArray().ToList();
        Assert.Equal(12, table.Count);
        var unemployment = table.Single(r => r.GetProperty("indicator").GetString() == "Wielkość stopy bezrobocia");
        Assert.Equal(("2", "–", "11,6\u00A0%"), (unemployment.GetProperty("code").GetString(), unemployment.GetProperty("previous").GetString(), unemployment.GetProperty("current").GetString()));
    }

    [Fact]
    public async Task Chrzanows_chapter_counts_the_approved_tasks_names_the_largest_change_and_the_money()
    {
        const string Indicator = "Liczba rodzin objętych pracą socjalną";
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        var indicator = await DemoData.IndicatorIdAsync(app, "chrzanow", Indicator);
        await app.InTenantAsync("chrzanow", async db =>
        {
            // The year before, as approved in the previous year's round.
            (await db.Indicators.Include(i => i.Measurements).SingleAsync(i => i.Id == indicator)).Record(2024, new Strategy.Domain.Indicators.MeasurementValue(200, null, false, null, null));
            await db.SaveChangesAsync();
        });
        var task = await DemoData.ElementIdAsync(app, "chrzanow", "1.1.3");
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicator}", new { value = 250m, submit = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/task-reports/{task}", new { progress = "done", narrative = "Wypłacono zasiłki.", spentAmount = 1250000m, submit = true })).StatusCode);
        var waiting = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}");
        foreach (var entry in waiting.GetProperty("awaitingReview").EnumerateArray().Where(e => e.GetProperty("indicatorId").GetGuid() == indicator))
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/entries/{entry.GetProperty("entryId").GetGuid()}/review", new { approve = true, version = entry.GetProperty("version").GetInt32() })).StatusCode);
        }

        foreach (var report in waiting.GetProperty("tasksAwaitingReview").EnumerateArray().Where(r => r.GetProperty("elementId").GetGuid() == task))
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/task-reports/{report.GetProperty("reportId").GetGuid()}/review", new { approve = true, version = report.GetProperty("version").GetInt32() })).StatusCode);
        }

        var tasksOfGoal = await app.InTenantAsync("chrzanow", db => db.Elements.CountAsync(e => e.StrategyId == demo.StrategyId && e.Depth == 3 && e.Code.StartsWith("1.")));
        var chapter = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{demo.StrategyId}/state-report/2025");

        var family = chapter.GetProperty("goals")[0].GetProperty("paragraph").GetString()!;
        Assert.StartsWith($"W 2025 r. zakończono 1\u00A0zadanie. Dla {tasksOfGoal - 1}\u00A0zadań nie zatwierdzono sprawozdania z realizacji.", family, StringComparison.Ordinal);
        Assert.Contains($"Największa zmiana wobec 2024 r.: „{Indicator}”: 200 → 250", family, StringComparison.Ordinal);
        Assert.Contains("(+25\u00A0%)", family, StringComparison.Ordinal);
        Assert.EndsWith("Na zadania tego celu wydano 1\u00A0250\u00A0000,00\u00A0zł.", family, StringComparison.Ordinal);
        var row = chapter.GetProperty("keyIndicators").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == Indicator);
        Assert.Equal(("200", "250"), (row.GetProperty("previous").GetString(), row.GetProperty("current").GetString()![..3]));
        Assert.Equal("Za rok 2025 nie zatwierdzono żadnej wartości wskaźnika ani postępu zadań w tym celu.", chapter.GetProperty("goals")[1].GetProperty("paragraph").GetString());

        var page = await coordinator.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/raport-o-stanie-gminy/2025");
        Assert.Contains("<h2 id=\"rozdzial\">Realizacja Strategii Rozwiązywania Problemów Społecznych w roku 2025</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Na zadania tego celu wydano 1\u00A0250\u00A0000,00\u00A0zł.", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("raport-o-stanie-gminy/2025", await coordinator.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}/raporty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_approved_data_or_outside_the_period_gets_a_chapter_that_says_so_and_no_year_is_refused()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var empty = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2019");
        var outside = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2023");
        var noYear = await coordinator.GetAsync($"/api/v1/krasnystaw/strategies/{strategy}/state-report/3000");

        Assert.StartsWith("Za rok 2019 na platformie nie zatwierdzono żadnych danych o realizacji strategii", empty.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, empty.GetProperty("goals").GetArrayLength());
        Assert.Equal(0, empty.GetProperty("keyIndicators").GetArrayLength());
        Assert.StartsWith("Rok 2023 jest poza okresem strategii (2014–2020)", outside.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
        Assert.Equal("application/problem+json", noYear.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_DOCX_is_the_same_chapter_under_a_first_level_heading()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var response = await coordinator.GetAsync($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2020.docx");
        var page = await coordinator.GetAsync($"/krasnystaw/strategie/{strategy}/raport-o-stanie-gminy/2020?handler=Docx");

        Assert.Equal("raport-o-stanie-gminy-2020-strategia.docx", response.Content.Headers.ContentDisposition!.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        Assert.Equal(Title2020, paragraphs[0].InnerText);
        Assert.Equal("Heading1", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Contains(paragraphs, p => p.InnerText == "Zatwierdzono wartości 4\u00A0wskaźników z 4; żadnego nie można jeszcze ocenić wobec wartości docelowej.");
        Assert.Single(document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", page.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_chapter_is_the_coordinators_and_another_gminas_strategy_does_not_exist()
    {
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var viewer = await SignIn.AsAsync(app, "obserwator@krasnystaw.demo");
        var other = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2020")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/chrzanow/strategies/{strategy}/state-report/2020")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/chrzanow/strategies/{strategy}/state-report/2020.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/chrzanow/strategie/{strategy}/raport-o-stanie-gminy/2020")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.NewClient(app).GetAsync($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2020")).StatusCode);
    }
}
