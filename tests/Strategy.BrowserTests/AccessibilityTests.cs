using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Strategy.BrowserTests;

/// <summary>
/// Every kind of page passes axe-core's WCAG 2.1 A and AA rules and declares Polish as its language
/// (which axe does not check).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages => new(["home", "gmina", "strategy-chrzanow", "strategy-krasnystaw", "element", "indicator", "not-found", "sign-in", "sign-up-search", "forgotten-password", "accessibility-statement", "accessibility-statement-gmina", "dashboard-public", "open-data"]);

    /// <summary>Pages behind sign-in, with the person who may see them.</summary>
    public static TheoryData<string, string> SignedInPages => new()
    {
        { "/account/gminy", "radny@strategia.demo" },
        { "/account/zmiana-hasla", "obserwator@chrzanow.demo" },
        { "/chrzanow/instytucje", "koordynator@chrzanow.demo" },
        { "/chrzanow/import", "koordynator@chrzanow.demo" },
        { "/chrzanow/monitoring", "koordynator@chrzanow.demo" },
        { "/chrzanow/kalendarz", "koordynator@chrzanow.demo" },
        { "/krasnystaw/kalendarz", "obserwator@krasnystaw.demo" },
        { "/krasnystaw/porownania?miernik=ludnosc&rok=2020", "koordynator@krasnystaw.demo" },
        { "/krasnystaw/admin/ludnosc", "koordynator@krasnystaw.demo" },
        { "/krasnystaw/porownania?miernik=stopa-bezrobocia&rok=2001", "obserwator@krasnystaw.demo" },
        { "/chrzanow/admin/uzytkownicy", "admin@chrzanow.demo" },
        { "/chrzanow/admin/klienci-api", "admin@chrzanow.demo" },
        { "/chrzanow/admin/dziennik", "admin@chrzanow.demo" },
        { "/chrzanow/admin/ustawienia", "admin@chrzanow.demo" },
        { "/admin", "admin@strategia.demo" },
        { "/admin/gminy/nowa?szukaj=chrzan%C3%B3w", "admin@strategia.demo" },
        { "/admin/zgloszenia", "admin@strategia.demo" },
        { "/admin/dziennik", "admin@strategia.demo" },
        { "/admin/mierniki", "admin@strategia.demo" },
        { "/admin/mierniki/nowy", "admin@strategia.demo" },
        { "/admin/mierniki/ludnosc", "admin@strategia.demo" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Meets_WCAG_2_1_AA(string pageKind)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(await PathOf(pageKind));
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Signed_in_pages_meet_WCAG_2_1_AA(string path, string email)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_form_with_errors_meets_WCAG_2_1_AA()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rejestracja?szukaj=babice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        await AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("round", "koordynator@chrzanow.demo")]
    [InlineData("round", "partner@chrzanow.demo")]
    [InlineData("review", "koordynator@chrzanow.demo")]
    [InlineData("value", "partner@chrzanow.demo")]
    [InlineData("dashboard", "koordynator@chrzanow.demo")]
    [InlineData("dashboard-with-charts", "koordynator@krasnystaw.demo")]
    [InlineData("element-edit", "koordynator@chrzanow.demo")]
    [InlineData("element-managed", "koordynator@chrzanow.demo")]
    [InlineData("indicator-edit", "koordynator@chrzanow.demo")]
    [InlineData("reports", "koordynator@chrzanow.demo")]
    [InlineData("report-with-tasks", "koordynator@chrzanow.demo")]
    [InlineData("state-report", "koordynator@krasnystaw.demo")]
    [InlineData("strategy-completeness", "koordynator@krasnystaw.demo")]
    public async Task Monitoring_and_editing_pages_meet_WCAG_2_1_AA(string kind, string email)
    {
        var demo = await DemoData.ReadAsync(browser.App, "chrzanow");
        var supplied = await browser.App.InTenantAsync("chrzanow", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Indicators.Where(i => i.SupplierInstitutionId != null).Select(i => i.Id)));
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);

        var response = await page.GotoAsync(kind switch
        {
            "round" => $"/chrzanow/rundy/{demo.RoundId}",
            "review" => $"/chrzanow/rundy/{demo.RoundId}/zatwierdzanie?stan=zatwierdzone",
            "value" => $"/chrzanow/wskazniki/{supplied}/wartosc",
            "dashboard" => $"/chrzanow/strategie/{demo.StrategyId}/pulpit",
            "dashboard-with-charts" => $"/krasnystaw/strategie/{(await DemoData.ReadAsync(browser.App, "krasnystaw")).StrategyId}/pulpit",
            "element-managed" => $"/chrzanow/elementy/{demo.ElementId}",
            "indicator-edit" => $"/chrzanow/wskazniki/{demo.IndicatorId}/edycja",
            "reports" => $"/chrzanow/strategie/{demo.StrategyId}/raporty",
            "report-with-tasks" => $"/chrzanow/strategie/{demo.StrategyId}/raporty/2025",
            "state-report" => $"/krasnystaw/strategie/{(await DemoData.ReadAsync(browser.App, "krasnystaw")).StrategyId}/raport-o-stanie-gminy/2020",
            "strategy-completeness" => $"/krasnystaw/strategie/{(await DemoData.ReadAsync(browser.App, "krasnystaw")).StrategyId}/zgodnosc",
            _ => $"/chrzanow/elementy/{demo.ElementId}/edycja",
        });

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_import_preview_with_its_corrections_form_meets_WCAG_2_1_AA()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        await page.GotoAsync("/chrzanow/import");
        await page.GetByLabel("Plik strategii").SetInputFilesAsync(Path.Combine(Strategy.Testing.Layouts.ImportScorecard.Folder, "tabele.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż podgląd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź import" })).ToBeVisibleAsync();
        await page.Locator("details.import-indicators summary").First.ClickAsync(); // the indicator fields, open

        await AssertAccessibleAsync(page);
    }

    internal static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.Equal("pl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(result.Passes.Length > 0, "axe ran no passing rule: the page did not load");
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}× e.g. {v.Nodes[0].Html})"));
    }

    private async Task<string> PathOf(string pageKind)
    {
        var chrzanow = await DemoData.ReadAsync(browser.App, "chrzanow");
        var krasnystaw = await DemoData.ReadAsync(browser.App, "krasnystaw");
        return pageKind switch
        {
            "home" => "/",
            "gmina" => "/chrzanow",
            "strategy-chrzanow" => $"/chrzanow/strategie/{chrzanow.StrategyId}",
            "strategy-krasnystaw" => $"/krasnystaw/strategie/{krasnystaw.StrategyId}",
            "element" => $"/chrzanow/elementy/{chrzanow.ElementId}",
            "indicator" => $"/krasnystaw/wskazniki/{krasnystaw.IndicatorId}",
            "sign-in" => "/account/logowanie",
            "sign-up-search" => "/rejestracja?szukaj=chrzan",
            "forgotten-password" => "/account/niepamietam-hasla",
            "accessibility-statement" => "/deklaracja-dostepnosci",
            "accessibility-statement-gmina" => "/chrzanow/deklaracja-dostepnosci",
            "dashboard-public" => $"/krasnystaw/strategie/{krasnystaw.StrategyId}/pulpit",
            "open-data" => "/krasnystaw/otwarte-dane",
            _ => "/nie-ma-takiej-gminy",
        };
    }
}
