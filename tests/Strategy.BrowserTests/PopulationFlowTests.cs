namespace Strategy.BrowserTests;

/// <summary>A coordinator enters the gmina's population for a year from the navigation and sees it in the table.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PopulationFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_enters_a_years_population_and_sees_it_entered_by_hand()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" }).GetByRole(AriaRole.Link, new() { Name = "Ludność" }).ClickAsync();
        await page.GetByLabel("Rok", new() { Exact = true }).FillAsync("2013");
        await page.GetByLabel("Liczba mieszkańców").FillAsync("19600");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano liczbę mieszkańców w roku 2013");
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Liczba mieszkańców gminy w kolejnych latach" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "2013" });
        await Assertions.Expect(row).ToContainTextAsync("19\u00A0600");
        await Assertions.Expect(row).ToContainTextAsync("Wprowadzone ręcznie");
    }
}
