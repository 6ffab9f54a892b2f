namespace Strategy.BrowserTests;

/// <summary>A coordinator compares the gmina with others: picks a metric and a year, narrows to peers, reads the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BenchmarkFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_compares_the_gmina_with_all_gminy_and_then_with_its_voivodeship_only()
    {
        await SharingGmina.AddAsync(browser.App, "1201011", "bochnia", 2020, 29_800); // three gminy: enough to compare
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" }).GetByRole(AriaRole.Link, new() { Name = "Porównania" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Porównania z innymi gminami");
        await page.GetByLabel("Miernik").SelectOptionAsync(new SelectOptionValue { Label = "Ludność (liczba mieszkańców)" });
        await page.GetByLabel("Rok").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż porównanie" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Ludność (liczba mieszkańców) — 2020" })).ToBeVisibleAsync();
        var gminy = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Województwo" });
        await Assertions.Expect(gminy.GetByRole(AriaRole.Row)).ToHaveCountAsync(4); // the header and three gminy
        await Assertions.Expect(gminy.GetByRole(AriaRole.Row).Filter(new() { HasText = "(Twoja gmina)" })).ToContainTextAsync("Miasto Krasnystaw");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Rozkład: liczba gmin w przedziałach wartości (Wartość porównywana (osoby))" })).ToBeVisibleAsync();

        await page.GetByLabel("z tego samego województwa").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż porównanie" }).ClickAsync();

        await Assertions.Expect(gminy.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Za mało gmin do porównania" })).ToBeVisibleAsync(); // alone in its voivodeship
        await Assertions.Expect(page.GetByLabel("z tego samego województwa")).ToBeCheckedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("wojewodztwo=true"));
    }
}
