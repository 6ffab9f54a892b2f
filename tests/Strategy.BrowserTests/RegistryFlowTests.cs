using Microsoft.EntityFrameworkCore;

namespace Strategy.BrowserTests;

/// <summary>The coordinator tidies the institution registry: a rename, and a merge that asks first, naming both.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_merge_asks_first_naming_both_records_and_says_which_disappeared()
    {
        const string duplicate = "Ośrodki Wspierania Ekonomii Społecznej";
        const string kept = "Ośrodki Wsparcia Ekonomii Społecznej";
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        await page.GotoAsync("/chrzanow/instytucje");

        await page.GetByLabel("Duplikat (zniknie)").SelectOptionAsync(new SelectOptionValue { Label = duplicate });
        await page.GetByLabel("Instytucja, która zostaje").SelectOptionAsync(new SelectOptionValue { Label = kept });
        await page.GetByRole(AriaRole.Button, new() { Name = "Scal…" }).ClickAsync();

        var question = page.Locator("#potwierdzenie");
        await Assertions.Expect(question).ToBeFocusedAsync();
        await Assertions.Expect(question).ToContainTextAsync($"„{duplicate}” zniknie z rejestru");
        Assert.True(await browser.App.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Name == duplicate)));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Tak, scal „{duplicate}” z „{kept}”" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"„{duplicate}” zniknęła z rejestru");
        Assert.False(await browser.App.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Name == duplicate)));

        await page.GetByLabel("Instytucja", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Policja" });
        await page.GetByLabel("Nowa nazwa").FillAsync("Komenda Powiatowa Policji w Chrzanowie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zmień nazwę" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("„Policja” → „Komenda Powiatowa Policji w Chrzanowie”");
    }
}
