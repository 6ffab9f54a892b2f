namespace Strategy.BrowserTests;

/// <summary>WCAG 1.4.10 and 2.4.7 as a person meets them: a phone-width screen, and the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileAndFocusTests(BrowserFixture browser)
{
    [Fact]
    public async Task At_390_px_no_page_scrolls_sideways_and_wide_tables_scroll_in_their_own_region()
    {
        var demo = await DemoData.ReadAsync(browser.App, "chrzanow");
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        string[] paths =
        [
            "/chrzanow",
            $"/chrzanow/strategie/{demo.StrategyId}",
            $"/chrzanow/strategie/{demo.StrategyId}/pulpit",
            $"/chrzanow/elementy/{demo.ElementId}",
            $"/chrzanow/rundy/{demo.RoundId}",
            $"/chrzanow/rundy/{demo.RoundId}/zatwierdzanie?stan=zatwierdzone",
            $"/chrzanow/strategie/{demo.StrategyId}/raporty/2025",
            "/chrzanow/instytucje",
            "/chrzanow/porownania",
            "/chrzanow/admin/dziennik",
        ];

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var (scroll, width) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            Assert.True(scroll <= width, $"{path} scrolls sideways at 390 px: {scroll} > {width}");
        }

        // A table wider than the screen is a named, keyboard-reachable region of its own.
        await page.GotoAsync($"/chrzanow/rundy/{demo.RoundId}");
        var region = page.Locator(".table-scroll[role=region]").First;
        await Assertions.Expect(region).ToHaveAttributeAsync("tabindex", "0");
        Assert.False(string.IsNullOrWhiteSpace(await region.GetAttributeAsync("aria-label")));
    }

    [Fact]
    public async Task Tabbing_through_a_form_shows_a_clear_outline_on_every_control()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(browser.App, "chrzanow");
        await page.GotoAsync($"/chrzanow/elementy/{demo.ElementId}/edycja");
        await page.GetByLabel("Tytuł").FocusAsync();

        var seen = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.tagName + (e.id ? '#' + e.id : ''), s.outlineStyle, s.outlineWidth, s.outlineColor]; }");
            seen.Add(focused[0]);
            Assert.True(focused[1] == "solid" && focused[2] == "3px" && focused[3] == "rgb(0, 0, 0)", $"{focused[0]} has outline {focused[1]} {focused[2]} {focused[3]}");
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Contains(seen, s => s.StartsWith("TEXTAREA", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.StartsWith("INPUT", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.StartsWith("BUTTON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_admins_navigation_stays_on_one_line_at_1280_px()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await BrowserFixture.SignInAsync(page, "admin@chrzanow.demo");
        await page.GotoAsync("/chrzanow");

        var sections = page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" });
        var links = await sections.GetByRole(AriaRole.Link).AllAsync();
        var tops = new HashSet<double>();
        foreach (var link in links)
        {
            tops.Add(Math.Round((await link.BoundingBoxAsync())!.Y));
        }

        Assert.True(links.Count >= 9, $"the admin's sections: {links.Count}");
        Assert.Single(tops);
    }
}
