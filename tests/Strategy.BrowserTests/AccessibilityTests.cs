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
    public static TheoryData<string> Pages => new(["home", "gmina", "strategy-chrzanow", "strategy-krasnystaw", "element", "indicator", "not-found"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Meets_WCAG_2_1_AA(string pageKind)
    {
        var page = await browser.NewPageAsync();
        var path = await PathOf(pageKind);

        await page.GotoAsync(path);
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
            _ => "/nie-ma-takiej-gminy",
        };
    }
}
