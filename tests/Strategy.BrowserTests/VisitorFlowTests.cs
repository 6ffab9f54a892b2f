using System.Text.RegularExpressions;

namespace Strategy.BrowserTests;

/// <summary>A visitor finds a gmina, reads its strategy down to one indicator, by clicking and by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VisitorFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_clicks_from_the_list_of_gminy_to_an_indicators_values()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Miasto Krasnystaw" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Miasto Krasnystaw");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cel strategiczny 2: Promocja zatrudnienia" })).ToBeVisibleAsync();

        var rate = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wielkość stopy bezrobocia" });
        await Assertions.Expect(rate).ToContainTextAsync("11,6\u00A0%");
        await rate.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wielkość stopy bezrobocia");
        var values = page.GetByRole(AriaRole.Table, new() { Name = "Wartości wskaźnika według lat" });
        await Assertions.Expect(values.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("2020");
        await Assertions.Expect(values.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("11,6\u00A0%");

        // Back up the breadcrumb to the goal the indicator hangs on.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Ścieżka" }).GetByRole(AriaRole.Link, new() { Name = "Cel strategiczny 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cel strategiczny 2:");
        await Assertions.Expect(page.GetByText("Burmistrz Krasnegostawu").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_visitor_reads_a_task_with_its_coordinators_and_the_goals_narrative()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/chrzanow");
        await page.GetByRole(AriaRole.Link, new() { Name = "Strategia Rozwiązywania Problemów Społecznych Gminy Chrzanów", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Obszar 1: RODZINA" })).ToBeVisibleAsync();

        var task = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "1.1.2" });
        await Assertions.Expect(task).ToContainTextAsync("Ośrodek Pomocy Społecznej");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wsparcie rodzin oraz efektywne przeciwdziałanie i zwalczanie kryzysów w rodzinie." }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chrzanow/elementy/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Strategia postępowania" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Gmina Chrzanów wyludnia się")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Wskaźniki – Cel operacyjny 1.1" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(8);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Przejdź do treści" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        // From the content, the keyboard reaches the first gmina and opens it.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gmina Chrzanów" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gmina Chrzanów");
    }

    [Fact]
    public async Task Another_gminas_strategy_under_this_gmina_shows_the_polish_not_found_page()
    {
        var krasnystaw = await DemoData.ReadAsync(browser.App, "krasnystaw");
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync($"/chrzanow/strategie/{krasnystaw.StrategyId}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nie znaleziono strony");
        await Assertions.Expect(page.GetByText("Krasnostaw")).ToHaveCountAsync(0);
    }
}
