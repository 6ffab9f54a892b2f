namespace Strategy.BrowserTests;

/// <summary>A tenant admin invites a partner; the partner opens the e-mailed link, sets a password and is in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvitationFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_invites_a_partner_who_accepts_and_lands_in_the_gmina()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin@krasnystaw.demo");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Użytkownicy", Exact = true }).ClickAsync();

        await admin.GetByLabel("Adres e-mail").FillAsync("sad@krasnystaw.pl");
        await admin.GetByLabel("Rola").SelectOptionAsync(new SelectOptionValue { Label = "partner" });
        await admin.GetByLabel("Instytucja partnera").SelectOptionAsync(new SelectOptionValue { Label = "Sąd Rejonowy" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Wyślij zaproszenie" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Wysłano zaproszenie na adres sad@krasnystaw.pl.");
        await Assertions.Expect(admin.GetByRole(AriaRole.Table, new() { Name = "Zaproszenia oczekujące na przyjęcie" })).ToContainTextAsync("Sąd Rejonowy");

        var link = await Mail.LinkSentToAsync(browser.App, "sad@krasnystaw.pl", "/account/zaproszenie");
        var partner = await browser.NewPageAsync();
        await partner.GotoAsync(link);
        await Assertions.Expect(partner.GetByText("rola: partner")).ToBeVisibleAsync();
        await partner.GetByLabel("Imię i nazwisko").FillAsync("Kurator Sądu");
        await partner.GetByLabel("Hasło").FillAsync("Sad-Haslo-2026!");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Przyjmij zaproszenie i ustaw hasło" }).ClickAsync();

        await Assertions.Expect(partner).ToHaveURLAsync(browser.BaseUrl + "/krasnystaw");
        await Assertions.Expect(partner.GetByText("Kurator Sądu")).ToBeVisibleAsync();

        // Back at the admin's page the person is now a member, and the link is spent.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "sad@krasnystaw.pl" }).First).ToContainTextAsync("partner");
        var again = await browser.NewPageAsync();
        await again.GotoAsync(link);
        await Assertions.Expect(again.GetByText("To zaproszenie zostało już wykorzystane.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_gmina_finds_itself_in_the_register_and_signs_up()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zgłoś gminę" }).ClickAsync();

        await page.GetByLabel("Nazwa gminy lub kod TERC").FillAsync("trzebinia");
        await page.GetByRole(AriaRole.Button, new() { Name = "Szukaj" }).ClickAsync();
        await page.GetByLabel("Trzebinia – gmina miejsko-wiejska", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Osoba kontaktowa (imię i nazwisko)").FillAsync("Maria Kowalska");
        await page.GetByLabel("Adres e-mail").FillAsync("maria@trzebinia.pl");
        await page.GetByLabel("struktura jak w Chrzanowie", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Na podany adres wysłaliśmy link");

        // Only the e-mailed link's button makes it a request the platform admins see.
        var confirmation = await browser.NewPageAsync();
        await confirmation.GotoAsync(await Mail.LinkSentToAsync(browser.App, "maria@trzebinia.pl", "/rejestracja/potwierdzenie"));
        await AccessibilityTests.AssertAccessibleAsync(confirmation);
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Potwierdzam zgłoszenie" }).ClickAsync();
        await Assertions.Expect(confirmation.GetByRole(AriaRole.Status)).ToContainTextAsync("Zgłoszenie gminy Trzebinia zostało potwierdzone");
    }

    [Fact]
    public async Task A_person_consents_to_an_application_s_scopes_listed_in_polish_and_it_gets_a_code()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");
        // The demo client's redirect address is not served here: the browser's request is answered in the test.
        await page.RouteAsync("http://localhost:8765/**", route => route.FulfillAsync(new() { Body = "ok", ContentType = "text/plain" }));

        await page.GotoAsync("/connect/authorize?client_id=strategia-demo-cli&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback"
            + "&scope=openid%20strategy.read%20strategy.write&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256&state=s1");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zgoda na dostęp aplikacji" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "zmieniać strategie i sprawozdawać wartości" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zezwól" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^http://localhost:8765/callback\?code=[^&]+.*state=s1"));
    }

    [Fact]
    public async Task A_sign_up_without_a_gmina_lists_the_errors_with_links_to_the_fields()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rejestracja");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Wybierz gminę z wyników wyszukiwania. Gminy oznaczonej „już na platformie” nie można dodać drugi raz: jej administrator zaprasza kolejne osoby." })).ToHaveAttributeAsync("href", "#Input_TerytCode");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Podaj adres e-mail." })).ToHaveAttributeAsync("href", "#Input_Email");
    }
}
