using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Testing.Layouts;

namespace Strategy.IntegrationTests.Api;

/// <summary>The preview's corrections through the API: a PDF read, corrected (levels, parents, indicators, institutions) and committed all at once.</summary>
public sealed class CorrectedImportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    // tabele.pdf as read: 0 = 1, 1 = 1.1, 2 = 1.1.1, 3 = 1.1.2, 4 = 1.2, 5 = 1.2.1, 6 = 1.2.2, 7 = 2, 8 = 2.1, 9 = 2.1.1, 10 = 2.1.2, 11 = 2.2, 12 = 2.2.1.
    private static readonly object Corrections = new
    {
        parents = new Dictionary<int, int> { [6] = 1 },
        elementLevels = new Dictionary<int, int> { [12] = 2 },
        indicators = new Dictionary<string, object> { ["3-0"] = new { name = "Liczba porad psychologicznych", unit = "porady", dataSource = "GOPS" } },
        institutions = new Dictionary<string, string> { ["Szkoły podstawowe"] = "Szkoły podstawowe w Lipnie", ["Punkt Interwencji Kryzysowej"] = "" },
    };

    [Fact]
    public async Task A_PDF_previewed_with_corrections_shows_them_and_the_guesses_and_commits_them_all()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var before = await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync());

        var preview = await Import(coordinator, commit: false);

        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "1.2.2", "1.2", "1.2.1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1"], preview.Elements.Select(e => e.Code));
        Assert.Equal([1, 2, 3, 3, 3, 2, 3, 1, 2, 3, 3, 2, 2], preview.Elements.Select(e => e.Depth));
        Assert.Equal(7, preview.Elements.Single(e => e.Code == "2.2.1").Parent);
        Assert.Equal(new ImportPreviewIndicatorDto(0, "Liczba porad psychologicznych", "porady", "GOPS", false), preview.Elements.Single(e => e.Code == "1.1.2").Indicators.Single());
        Assert.Contains(preview.Institutions, i => i is { Read: "Punkt Interwencji Kryzysowej", Name: null });
        Assert.Contains(preview.Institutions, i => i is { Read: "Szkoły podstawowe", Name: "Szkoły podstawowe w Lipnie", IsNew: true });
        Assert.Contains("Kolumnę „Instytucje odpowiedzialne” uznano za realizatorów.", preview.Guesses);
        Assert.Equal(before, await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync()));

        var committed = await Import(coordinator, commit: true);

        var id = committed.StrategyId!.Value;
        var saved = await app.InTenantAsync("krasnystaw", db => db.Elements.Where(e => e.StrategyId == id)
            .Select(e => new { e.Code, Parent = db.Elements.Where(p => p.Id == e.ParentId).Select(p => p.Code).FirstOrDefault(), e.Depth }).ToListAsync());
        Assert.Contains(saved, e => e is { Code: "1.2.2", Parent: "1.1", Depth: 3 });
        Assert.Contains(saved, e => e is { Code: "2.2.1", Parent: "2", Depth: 2 });
        var indicator = await app.InTenantAsync("krasnystaw", db => db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == id && e.Code == "1.1.2")).SingleAsync());
        Assert.Equal(("Liczba porad psychologicznych", "porady", "GOPS"), (indicator.Name, indicator.Unit, indicator.DataSource));
        var names = await app.InTenantAsync("krasnystaw", db => db.Institutions.Select(i => i.Name).ToListAsync());
        Assert.Contains("Szkoły podstawowe w Lipnie", names);
        Assert.DoesNotContain("Punkt Interwencji Kryzysowej", names);
        Assert.DoesNotContain("Szkoły podstawowe", names);
    }

    [Fact]
    public async Task A_correction_that_cannot_be_applied_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var before = await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync());

        var circular = await coordinator.PostAsJsonAsync("/api/v1/krasnystaw/strategies/import/corrected", Body(commit: true, new { parents = new Dictionary<int, int> { [0] = 2 } }));
        var notBase64 = await coordinator.PostAsJsonAsync("/api/v1/krasnystaw/strategies/import/corrected", new { fileName = "strategia.pdf", content = "to nie base64!", commit = true });
        var tooLarge = await coordinator.PostAsJsonAsync("/api/v1/krasnystaw/strategies/import/corrected", new { fileName = "strategia.pdf", content = new string('A', 15 * 1024 * 1024), commit = true });

        Assert.Equal(HttpStatusCode.BadRequest, circular.StatusCode);
        Assert.Contains("Element 1 nie może trafić pod element, który sam jest pod nim.", await circular.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Contains("base64", await notBase64.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("Plik jest za duży", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@krasnystaw.demo", HttpStatusCode.Forbidden)]
    [InlineData("admin@chrzanow.demo", HttpStatusCode.NotFound)]
    public async Task Only_those_who_manage_this_gminas_strategy_may_import_with_corrections(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);
        var before = await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync());

        var response = await client.PostAsJsonAsync("/api/v1/krasnystaw/strategies/import/corrected", Body(commit: true, Corrections));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync()));
    }

    private static async Task<ImportPreviewDto> Import(HttpClient client, bool commit)
    {
        var response = await client.PostAsJsonAsync("/api/v1/krasnystaw/strategies/import/corrected", Body(commit, Corrections));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportPreviewDto>())!;
    }

    private static object Body(bool commit, object corrections) => new
    {
        fileName = "strategia-lipno.pdf",
        content = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(ImportScorecard.Folder, "tabele.pdf"))),
        commit,
        corrections,
    };
}
