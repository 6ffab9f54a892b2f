using Microsoft.EntityFrameworkCore;

namespace Strategy.BrowserTests;

/// <summary>A coordinator edits an element in the form a browser sends (CRLF line ends in every textarea).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ElementEditFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editing_an_elements_title_keeps_the_paragraphs_of_its_strategy_of_action()
    {
        var id = await DemoData.ElementIdAsync(browser.App, "chrzanow", "2.1");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "koordynator@chrzanow.demo");
        await page.GotoAsync($"/chrzanow/elementy/{id}");
        var paragraphs = page.Locator("section.narrative p");
        var before = await paragraphs.CountAsync();
        Assert.True(before >= 6, $"the seeded narrative of 2.1 has six paragraphs, the page shows {before}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edytuj element" }).ClickAsync();
        await page.GetByLabel("Tytuł").FillAsync("Aktywizacja zawodowa mieszkańców");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Aktywizacja zawodowa mieszkańców");
        await Assertions.Expect(paragraphs).ToHaveCountAsync(before);
        var stored = await browser.App.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Narrative).SingleAsync());
        Assert.DoesNotContain('\r', stored!);
    }
}
