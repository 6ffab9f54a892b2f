namespace Strategy.BrowserTests;

/// <summary>Each role signs in through the form and sees the menu that fits it; a partner cannot reach the coordinator's pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleMenuTests(BrowserFixture browser)
{
    private static readonly string[] TenantMenu = ["Instytucje", "Import strategii", "Użytkownicy", "Klienci API", "Dziennik zdarzeń", "Ustawienia"];

    public static TheoryData<string, string, string[]> Roles => new()
    {
        { "obserwator@chrzanow.demo", "/chrzanow", [] },
        { "partner@chrzanow.demo", "/chrzanow", [] },
        { "koordynator@chrzanow.demo", "/chrzanow", ["Instytucje", "Import strategii"] },
        { "admin@chrzanow.demo", "/chrzanow", ["Instytucje", "Import strategii", "Użytkownicy", "Klienci API", "Dziennik zdarzeń", "Ustawienia"] },
        { "admin@strategia.demo", "/admin", [] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_own_menu(string email, string landing, string[] visible)
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, email);

        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + landing);
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" });
        foreach (var item in TenantMenu)
        {
            var link = main.GetByRole(AriaRole.Link, new() { Name = item, Exact = true });
            if (visible.Contains(item))
            {
                await Assertions.Expect(link).ToBeVisibleAsync();
            }
            else
            {
                await Assertions.Expect(link).ToHaveCountAsync(0);
            }
        }

        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Konto" });
        await Assertions.Expect(account.GetByRole(AriaRole.Link, new() { Name = "Administracja platformy" })).ToHaveCountAsync(email == "admin@strategia.demo" ? 1 : 0);
        await Assertions.Expect(account.GetByRole(AriaRole.Link, new() { Name = "Moje gminy" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_partner_typing_the_coordinators_address_gets_the_no_access_page()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "partner@chrzanow.demo");

        var response = await page.GotoAsync("/chrzanow/instytucje");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Brak dostępu");
        var users = await page.GotoAsync("/chrzanow/admin/uzytkownicy");
        Assert.Equal(403, users!.Status);
    }

    [Fact]
    public async Task A_coordinator_opens_the_institution_registry_from_the_menu()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@krasnystaw.demo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Instytucje", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rejestr instytucji");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Miejski Ośrodek Pomocy Społecznej" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_returns_to_the_public_site()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "obserwator@krasnystaw.demo");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Zaloguj się" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_one_message_in_the_error_summary_which_takes_focus()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/logowanie");
        await page.GetByLabel("Adres e-mail").FillAsync("obserwator@chrzanow.demo");
        await page.GetByLabel("Hasło").FillAsync("zle-haslo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Nieprawidłowy adres e-mail lub hasło.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
    }
}
