namespace Strategy.BrowserTests;

/// <summary>A coordinator downloads a strategy, imports the file, reads the preview and confirms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_imports_a_downloaded_strategy_after_reading_the_preview()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(browser.App, "krasnystaw")).StrategyId;

        // Krasnystaw publishes its strategy: anyone may download it.
        await page.GotoAsync($"/krasnystaw/strategie/{strategy}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Pobierz strategię (JSON)" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);

        await page.GotoAsync("/chrzanow");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import strategii" }).ClickAsync();
        await page.GetByLabel("Plik strategii").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż podgląd" }).ClickAsync();

        var levels = page.GetByRole(AriaRole.Table, new() { Name = "Elementy, które powstaną" });
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Cel strategiczny");
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("8");
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("32");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź import" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/chrzanow/strategie/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020");
        await Assertions.Expect(page.GetByText("11,6\u00A0%")).ToBeVisibleAsync();
        File.Delete(file);
    }

    [Fact]
    public async Task A_file_that_is_not_a_strategy_is_refused_in_the_error_summary()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw/import");

        await page.GetByLabel("Plik strategii").SetInputFilesAsync(new FilePayload { Name = "notatki.json", MimeType = "application/json", Buffer = "{ \"to\": \"nie strategia\""u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż podgląd" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Plik nie jest poprawnym dokumentem strategii");
    }
}
