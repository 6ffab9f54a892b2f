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
    public async Task A_coordinator_corrects_the_preview_of_a_spreadsheet_before_confirming()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw/import");
        var csv = "Kod;Poziom;Tytuł;Realizatorzy\r\n1;Cel;Rodzina;MOPS\r\n1.1;Działanie;;MOPS\r\n2;Cel;Do pominięcia;\r\n";

        await page.GetByLabel("Plik strategii").SetInputFilesAsync(new FilePayload { Name = "strategia.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByLabel("Tytuł strategii (jeśli dokument go nie zawiera)").FillAsync("Strategia z arkusza");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż podgląd" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Element 1.1 nie ma tytułu: wpisz go w podglądzie albo pomiń ten element.")).ToBeVisibleAsync();
        await page.GetByLabel("Tytuł elementu 1.1").FillAsync("Wsparcie rodzin");
        await page.GetByLabel("Pomiń element 2").CheckAsync();
        await page.GetByLabel("Poziom 2").FillAsync("Zadanie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zastosuj poprawki i pokaż podgląd" }).ClickAsync();

        var levels = page.GetByRole(AriaRole.Table, new() { Name = "Elementy, które powstaną" });
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("1. Cel1");
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("2. Zadanie1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź import" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/krasnystaw/strategie/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Strategia z arkusza");
        await Assertions.Expect(page.GetByText("Wsparcie rodzin")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Do pominięcia")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_coordinator_reads_a_PDF_corrects_levels_indicators_and_institutions_and_confirms()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw/import");

        await page.GetByLabel("Plik strategii").SetInputFilesAsync(Path.Combine(Strategy.Testing.Layouts.ImportScorecard.Folder, "tabele.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż podgląd" }).ClickAsync();

        // What the reader decided on its own is said, so the coordinator knows what to check.
        await Assertions.Expect(page.GetByText("Kolumnę „Instytucje odpowiedzialne” uznano za realizatorów.")).ToBeVisibleAsync();
        // The Klub Seniora is an operational goal in this gmina's eyes, not a task; and a task sits under the wrong goal.
        await page.GetByLabel("Poziom elementu 2.2.1").SelectOptionAsync(new SelectOptionValue { Label = "2. Cel operacyjny" });
        await page.GetByLabel("Element nadrzędny dla 1.2.2").SelectOptionAsync(new SelectOptionValue { Label = "1.1 Wspieranie rodzin w kryzysie" });
        var indicators = page.Locator("tr", new() { Has = page.GetByLabel("Tytuł elementu 1.1.2") }).Locator("details.import-indicators");
        await indicators.Locator("summary").ClickAsync();
        await page.GetByLabel("Nazwa wskaźnika 1 elementu 1.1.2").FillAsync("Liczba porad psychologicznych");
        await indicators.GetByLabel("Jednostka").FillAsync("porady");
        await indicators.GetByLabel("Źródło danych").FillAsync("GOPS");
        await page.GetByLabel("Pomiń instytucję „Punkt Interwencji Kryzysowej”").CheckAsync();
        await page.GetByLabel("Nazwa instytucji „Szkoły podstawowe” po imporcie").FillAsync("Szkoły podstawowe w Lipnie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zastosuj poprawki i pokaż podgląd" }).ClickAsync();

        // The preview shows the tree as corrected, nothing saved yet.
        var levels = page.GetByRole(AriaRole.Table, new() { Name = "Elementy, które powstaną" });
        await Assertions.Expect(levels.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("5"); // operational goals: 4 + Klub Seniora
        await Assertions.Expect(page.GetByLabel("Element nadrzędny dla 2.2.1")).ToHaveValueAsync("7");
        await Assertions.Expect(page.GetByLabel("Nazwa wskaźnika 1 elementu 1.1.2")).ToHaveValueAsync("Liczba porad psychologicznych");
        await Assertions.Expect(page.GetByLabel("Pomiń instytucję „Punkt Interwencji Kryzysowej”")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź import" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/krasnystaw/strategie/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Strategia Rozwiązywania Problemów Społecznych Gminy Lipno 2022–2030");
        await Assertions.Expect(page.GetByText("Szkoły podstawowe w Lipnie").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Punkt Interwencji Kryzysowej")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Liczba porad psychologicznych")).ToBeVisibleAsync();
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
