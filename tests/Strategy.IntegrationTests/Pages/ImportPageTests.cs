using Strategy.Application.Common.Files;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Strategy.Infrastructure.Documents;

namespace Strategy.IntegrationTests.Pages;

/// <summary>The import page: what a person corrects in the preview is what gets saved, or nothing is.</summary>
public sealed class ImportPageTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    // Positions in the preview: 0 = 1, 1 = 1.1 (no title), 2 = 2.
    private const string Csv = "Pole;Wartość\r\nTytuł;Strategia z arkusza\r\nPoczątek okresu;2021\r\nKoniec okresu;2027\r\n\r\nKod;Poziom;Tytuł\r\n1;Cel;Rodzina\r\n1.1;Działanie;\r\n2;Cel;Seniorzy\r\n";

    [Fact]
    public async Task The_preview_shows_the_tree_and_warns_of_the_missing_title_with_its_row()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var token = SignIn.AntiforgeryToken(await coordinator.GetStringAsync("/chrzanow/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Csv)), "Plik", "strategia.csv" },
        };

        var html = await (await coordinator.PostAsync("/chrzanow/import?handler=Preview", form)).Content.ReadAsStringAsync();

        Assert.Contains("Elementy, wiersz 8, kolumna „Tytuł”: Element 1.1 nie ma tytułu.", html);
        Assert.Contains("Element 1.1 nie ma tytułu: wpisz go w podglądzie albo pomiń ten element.", html);
        Assert.Contains("name=\"Poprawki.Titles[1]\"", html);
        Assert.Contains("value=\"Strategia z arkusza\"", html);
    }

    [Fact]
    public async Task Corrections_made_in_the_preview_are_what_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var response = await SignIn.PostFormAsync(coordinator, "/chrzanow/import?handler=Commit", Fields(new()
        {
            ["Poprawki.Title"] = "Strategia poprawiona",
            ["Poprawki.PeriodStart"] = "2022",
            ["Poprawki.PeriodEnd"] = "2030",
            ["Poprawki.Adopted"] = "true",
            ["Poprawki.Levels[0]"] = "Obszar",
            ["Poprawki.Levels[1]"] = "Działanie",
            ["Poprawki.Titles[0]"] = "Rodzina",
            ["Poprawki.Titles[1]"] = "Wsparcie rodzin",
            ["Poprawki.Titles[2]"] = "Seniorzy",
            ["Poprawki.Excluded"] = "2",
        }), pageForToken: "/chrzanow/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var saved = await app.InTenantAsync("chrzanow", db => db.Strategies.Include(s => s.Elements).Include(s => s.Levels).SingleAsync(s => s.Id == id));
        Assert.Equal(("Strategia poprawiona", 2022, 2030), (saved.Title, saved.PeriodStart, saved.PeriodEnd));
        Assert.Equal(Strategy.Domain.Strategies.StrategyStatus.Adopted, saved.Status);
        Assert.Equal(["Obszar", "Działanie"], saved.Levels.OrderBy(l => l.Depth).Select(l => l.Name));
        Assert.Equal(["1 Rodzina", "1.1 Wsparcie rodzin"], saved.Elements.OrderBy(e => e.Code).Select(e => $"{e.Code} {e.Title}"));
    }

    [Fact]
    public async Task Levels_parents_indicators_and_institutions_corrected_in_the_form_are_what_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Strategy.Testing.Layouts.ImportScorecard.Folder, "tabele.pdf"));

        // tabele.pdf: 1 = position 1.1, 6 = 1.2.2, 7 = 2, 12 = 2.2.1; only a level the person changed moves an element.
        var response = await SignIn.PostFormAsync(coordinator, "/chrzanow/import?handler=Commit", new()
        {
            ["FileName"] = "tabele.pdf",
            ["Upload"] = Convert.ToBase64String(pdf),
            ["Poprawki.ShownLevels[12]"] = "3",
            ["Poprawki.ElementLevels[12]"] = "2",
            ["Poprawki.ShownLevels[6]"] = "3",
            ["Poprawki.ElementLevels[6]"] = "3",
            ["Poprawki.Parents[6]"] = "1",
            ["Poprawki.Indicators[3-0].Name"] = "Liczba porad psychologicznych",
            ["Poprawki.Indicators[3-0].Unit"] = "porady",
            ["Poprawki.Indicators[3-0].DataSource"] = "GOPS",
            ["Poprawki.Indicators[5-0].Name"] = "Liczba założonych Niebieskich Kart",
            ["Poprawki.Indicators[5-0].Excluded"] = "true",
            ["Poprawki.Institutions[0].Read"] = "Punkt Interwencji Kryzysowej",
            ["Poprawki.Institutions[0].Name"] = "Punkt Interwencji Kryzysowej",
            ["Poprawki.Institutions[0].Excluded"] = "true",
            ["Poprawki.Institutions[1].Read"] = "Szkoły podstawowe",
            ["Poprawki.Institutions[1].Name"] = "Szkoły podstawowe w Lipnie",
        }, pageForToken: "/chrzanow/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var elements = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.StrategyId == id)
            .Select(e => new { e.Code, Parent = db.Elements.Where(p => p.Id == e.ParentId).Select(p => p.Code).FirstOrDefault(), Indicators = e.Indicators.Select(i => i.Name + "|" + i.Unit + "|" + i.DataSource).ToList() }).ToListAsync());
        Assert.Equal("1.1", elements.Single(e => e.Code == "1.2.2").Parent);
        Assert.Equal("2", elements.Single(e => e.Code == "2.2.1").Parent);
        Assert.Equal(["Liczba porad psychologicznych|porady|GOPS"], elements.Single(e => e.Code == "1.1.2").Indicators);
        Assert.Empty(elements.Single(e => e.Code == "1.2.1").Indicators);
        var institutions = await app.InTenantAsync("chrzanow", db => db.Institutions.Select(i => i.Name).ToListAsync());
        Assert.Contains("Szkoły podstawowe w Lipnie", institutions);
        Assert.DoesNotContain("Punkt Interwencji Kryzysowej", institutions);
    }

    [Fact]
    public async Task Committing_with_the_title_still_missing_names_the_element_and_saves_nothing()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());

        var response = await SignIn.PostFormAsync(coordinator, "/chrzanow/import?handler=Commit", Fields(new() { ["Poprawki.Title"] = "Strategia" }), pageForToken: "/chrzanow/import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Element 1.1 musi mieć tytuł.", html);
        Assert.Contains("Drzewo strategii", html); // the preview stays, to correct
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task A_letter_in_the_period_is_refused_in_Polish()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var response = await SignIn.PostFormAsync(coordinator, "/chrzanow/import?handler=Commit", Fields(new() { ["Poprawki.PeriodStart"] = "dwa tysiące", ["Poprawki.Titles[1]"] = "Wsparcie" }), pageForToken: "/chrzanow/import");

        Assert.Contains("„dwa tysiące” nie jest prawidłową wartością pola początek okresu.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task What_was_read_downloads_as_a_spreadsheet_with_the_corrections()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var response = await SignIn.PostFormAsync(coordinator, "/chrzanow/import?handler=Download&format=xlsx", Fields(new() { ["Poprawki.Titles[1]"] = "Wsparcie rodzin", ["Poprawki.Excluded"] = "2" }), pageForToken: "/chrzanow/import");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var elements = new XlsxFiles().Read(await response.Content.ReadAsStreamAsync(), FileLimits.SignedIn).Single(s => s.Name == "Elementy");
        Assert.Equal(["1", "1.1"], elements.Rows.Skip(1).Select(r => r[0]));
        Assert.Equal("Wsparcie rodzin", elements.Rows[2][2]);
    }

    private static Dictionary<string, string> Fields(Dictionary<string, string> corrections)
    {
        corrections["FileName"] = "strategia.csv";
        corrections["Upload"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(Csv));
        return corrections;
    }
}
