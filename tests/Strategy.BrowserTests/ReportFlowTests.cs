using Strategy.Application.Common.Files;
using Strategy.Infrastructure.Documents;

namespace Strategy.BrowserTests;

/// <summary>The coordinator prepares the year's report, writes around it and publishes it; a visitor reads it and downloads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportFlowTests(BrowserFixture browser)
{
    private const string Strategy = "Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020";
    private const string Introduction = "Raport przedstawia realizację strategii w roku pandemii.";

    [Fact]
    public async Task The_coordinator_writes_and_publishes_the_report_and_a_visitor_downloads_it()
    {
        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@krasnystaw.demo");
        await coordinator.GotoAsync("/krasnystaw");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = Strategy }).First.ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Raporty roczne z realizacji strategii" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Raport za 2020" }).ClickAsync();
        await coordinator.GetByLabel("Koordynator realizacji (strona tytułowa)").FillAsync("Miejski Ośrodek Pomocy Społecznej w Krasnymstawie");
        await coordinator.GetByLabel("Wprowadzenie").FillAsync(Introduction);
        await coordinator.GetByLabel("Komentarz do celu: Cel strategiczny 7. Zapobieganie niepewności mieszkaniowej i przeciwdziałanie bezdomności").FillAsync("Zapewniono schronienie trzem osobom.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz teksty" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano teksty raportu.");
        var preview = coordinator.Locator("article.annual-report");
        await Assertions.Expect(preview).ToContainTextAsync(Introduction);
        await Assertions.Expect(preview).ToContainTextAsync("Koordynator realizacjiMiejski Ośrodek Pomocy Społecznej w Krasnymstawie");
        await Assertions.Expect(preview.GetByRole(AriaRole.Table, new() { Name = "Wskaźniki: 2. Promocja zatrudnienia, łagodzenie skutków bezrobocia oraz aktywizacja zawodowa i społeczna osób zagrożonych wykluczeniem społecznym, jako ważny element walki z ubóstwem oraz bezrobociem" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "Wielkość stopy bezrobocia" })).ToContainTextAsync("11,6\u00a0%");
        await AccessibilityTests.AssertAccessibleAsync(coordinator);

        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new("^Opublikuj") }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Zaznacz, że sprawdzono podgląd"); // nothing published yet
        await coordinator.GetByLabel("Sprawdziłem(-am) podgląd powyżej", new() { Exact = false }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new("^Opublikuj") }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Opublikowano raport za 2020, wersja");
        var version = coordinator.Url[(coordinator.Url.LastIndexOf('/') + 1)..];

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/krasnystaw");
        await visitor.GetByRole(AriaRole.Link, new() { Name = Strategy }).First.ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Raporty roczne z realizacji strategii" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Przygotuj raport" })).ToHaveCountAsync(0);
        await visitor.GetByRole(AriaRole.Link, new() { Name = $"Raport za 2020, wersja {version}", Exact = true }).ClickAsync();
        await Assertions.Expect(visitor.Locator("article.annual-report")).ToContainTextAsync("Zapewniono schronienie trzem osobom.");
        await AccessibilityTests.AssertAccessibleAsync(visitor);

        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "Pobierz raport (DOCX)" }).ClickAsync());
        Assert.Equal($"raport-2020-wersja-{version}.docx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        using var file = new MemoryStream(await File.ReadAllBytesAsync(path));
        File.Delete(path);
        var text = new DocxBlockReader().Read(file, FileLimits.SignedIn).ToText();
        Assert.Contains(Introduction, text);
        Assert.Contains("Zapewniono schronienie trzem osobom.", text);
    }
}
