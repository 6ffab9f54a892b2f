namespace Strategy.BrowserTests;

/// <summary>The legal year as a coordinator clicks through it: the calendar's dates moved, a deadline past the law refused, the raport o stanie gminy chapter read and downloaded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LegalYearFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_moves_the_calendars_dates_and_a_deadline_past_31_May_is_refused_with_the_reason()
    {
        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@chrzanow.demo");
        await coordinator.GotoAsync("/chrzanow");
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" }).GetByRole(AriaRole.Link, new() { Name = "Kalendarz" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Najbliższy termin: ") })).ToBeVisibleAsync();

        await coordinator.GetByLabel("Termin przekazania danych przez partnerów (dzień.miesiąc)").FillAsync("15.06");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz kalendarz" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Termin rund nie może przypadać po 31 maja");

        await coordinator.GetByLabel("Termin przekazania danych przez partnerów (dzień.miesiąc)").FillAsync("20.03");
        await coordinator.GetByLabel("Przypomnienia dla partnerów: dni przed terminem rundy").FillAsync("10, 3");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz kalendarz" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kalendarz zapisany.");
        await Assertions.Expect(coordinator.GetByLabel("Termin przekazania danych przez partnerów (dzień.miesiąc)")).ToHaveValueAsync("20.03");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Table, new() { Name = "Przypomnienia dla partnerów, którym zostało coś do przekazania" }).First).ToContainTextAsync("10\u00A0dni");
    }

    [Fact]
    public async Task The_coordinator_reads_the_raport_o_stanie_gminy_chapter_from_the_reports_and_downloads_it()
    {
        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(browser.App, "krasnystaw")).StrategyId;
        await coordinator.GotoAsync($"/krasnystaw/strategie/{strategy}/raporty");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "rozdział do raportu o stanie gminy za 2020" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Realizacja Strategii Rozwiązywania Problemów Społecznych w roku 2020" })).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Table, new() { Name = "Wartości zatwierdzone za lata 2019 i 2020" })).ToContainTextAsync("Wielkość stopy bezrobocia");
        var download = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "pobierz jako dokument Word (DOCX)" }).ClickAsync());
        Assert.Equal("raport-o-stanie-gminy-2020-strategia.docx", download.SuggestedFilename);
    }
}
