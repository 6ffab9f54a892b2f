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
    public static TheoryData<string> Pages => new(["home", "gmina", "strategy-chrzanow", "strategy-krasnystaw", "element", "indicator", "not-found", "sign-in", "sign-up-search", "forgotten-password"]);

    /// <summary>Pages behind sign-in, with the person who may see them.</summary>
    public static TheoryData<string, string> SignedInPages => new()
    {
        { "/account/gminy", "radny@strategia.demo" },
        { "/account/zmiana-hasla", "obserwator@chrzanow.demo" },
        { "/chrzanow/instytucje", "koordynator@chrzanow.demo" },
        { "/chrzanow/import", "koordynator@chrzanow.demo" },
        { "/chrzanow/admin/uzytkownicy", "admin@chrzanow.demo" },
        { "/chrzanow/admin/klienci-api", "admin@chrzanow.demo" },
        { "/chrzanow/admin/dziennik", "admin@chrzanow.demo" },
        { "/chrzanow/admin/ustawienia", "admin@chrzanow.demo" },
        { "/admin", "admin@strategia.demo" },
        { "/admin/gminy/nowa?szukaj=chrzan%C3%B3w", "admin@strategia.demo" },
        { "/admin/zgloszenia", "admin@strategia.demo" },
        { "/admin/dziennik", "admin@strategia.demo" },
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

    private static async Task AssertAccessibleAsync(IPage page)
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
            _ => "/nie-ma-takiej-gminy",
        };
    }
}
