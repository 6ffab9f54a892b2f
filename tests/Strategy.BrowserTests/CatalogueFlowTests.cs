namespace Strategy.BrowserTests;

/// <summary>
/// The catalogue, the mapping and the consent as people click through them: a platform admin adds and
/// edits a metric, a coordinator maps an indicator to it, a tenant admin withdraws and gives consent.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogueFlowTests(BrowserFixture browser)
{
    private const string Indicator = "Liczba wolontariuszy, działających na rzecz osób starszych"; // not mapped by the demo

    [Fact]
    public async Task A_platform_admin_adds_a_metric_and_a_coordinator_maps_an_indicator_to_it()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin@strategia.demo");
        await admin.GotoAsync("/admin/mierniki");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Dodaj miernik" }).ClickAsync();

        // An empty form first: the summary names what is missing, nothing is added.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Dodaj miernik" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Popraw błędy w formularzu");

        await admin.GetByLabel("Kod").FillAsync("wolontariusze-seniorzy");
        await admin.GetByLabel("Nazwa po polsku").FillAsync("Wolontariusze działający na rzecz osób starszych");
        await admin.GetByLabel("Nazwa po angielsku (opcjonalnie)").FillAsync("Volunteers working for older people");
        await admin.GetByLabel("Jednostka").FillAsync("osoby");
        await admin.GetByLabel("Definicja").FillAsync("Wolontariusze działający w ciągu roku na rzecz osób starszych w gminie.");
        await admin.GetByLabel("na 1000 mieszkańców").CheckAsync();
        await admin.GetByLabel("wzrost").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Dodaj miernik" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Dodano miernik „Wolontariusze działający na rzecz osób starszych” (wolontariusze-seniorzy).");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Wolontariusze działający na rzecz osób starszych" }).ClickAsync();
        await admin.GetByLabel("Nazwa po polsku").FillAsync("Wolontariusze na rzecz seniorów");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zapisz", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano miernik „Wolontariusze na rzecz seniorów”");

        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@chrzanow.demo");
        var id = await browser.App.InTenantAsync("chrzanow", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Indicators.Where(i => i.Name == Indicator).Select(i => i.Id)));
        await coordinator.GotoAsync($"/chrzanow/wskazniki/{id}/edycja");
        await coordinator.GetByLabel("Miernik porównawczy").SelectOptionAsync("wolontariusze-seniorzy");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz miernik" }).ClickAsync();

        await Assertions.Expect(coordinator).ToHaveURLAsync($"{browser.BaseUrl}/chrzanow/wskazniki/{id}");
        await Assertions.Expect(coordinator.GetByText("Wolontariusze na rzecz seniorów (wolontariusze-seniorzy)")).ToBeVisibleAsync();

        // Now in use: the admin's page says it cannot be deleted.
        await admin.GotoAsync("/admin/mierniki/wolontariusze-seniorzy");
        await Assertions.Expect(admin.GetByText("Miernika nie można usunąć, dopóki gminy mają przypisane do niego wskaźniki (1).")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_tenant_admin_withdraws_consent_and_gives_it_again()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin@krasnystaw.demo");
        await page.GotoAsync("/krasnystaw/admin/ustawienia");
        var consent = page.GetByLabel("Udostępniaj zatwierdzone wartości do porównań z innymi gminami");
        await Assertions.Expect(consent).ToBeCheckedAsync();

        await consent.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wartości nie są udostępniane do porównań.");
        await Assertions.Expect(consent).Not.ToBeCheckedAsync();

        await consent.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzone wartości są udostępniane do porównań.");
        await Assertions.Expect(consent).ToBeCheckedAsync();
    }
}
