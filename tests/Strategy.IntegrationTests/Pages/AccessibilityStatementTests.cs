using System.Net;
using System.Text.RegularExpressions;
using Strategy.Web.Accessibility;
using Strategy.Web.Formatting;

namespace Strategy.IntegrationTests.Pages;

/// <summary>
/// The accessibility statement (deklaracja dostępności) the law requires: the platform's, open to
/// anyone, and each gmina's for its own pages; linked from the footer of every page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AccessibilityStatementTests(StrategyAppFactory app)
{
    private static readonly string[] RequiredHeadings =
    [
        "<h1>Deklaracja dostępności</h1>",
        "<h2>Daty publikacji i aktualizacji</h2>",
        "<h2>Status pod względem zgodności z ustawą</h2>",
        "<h2>Przygotowanie deklaracji</h2>",
        "<h2>Informacje zwrotne i dane kontaktowe</h2>",
        "<h2>Procedura wnioskowo-skargowa</h2>",
        "<h2>Dostępność architektoniczna</h2>",
        "<h2>Aplikacje mobilne</h2>",
    ];

    [Fact]
    public async Task The_platform_statement_is_open_to_anyone_with_the_parts_the_law_requires()
    {
        using var anonymous = SignIn.NewClient(app);

        var response = await anonymous.GetAsync("/deklaracja-dostepnosci");
        var html = await response.Content.ReadAsStringAsync();
        var text = Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var heading in RequiredHeadings)
        {
            Assert.Contains(heading, html);
        }

        Assert.Contains($"{AccessibilityStatement.Operator} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r.", text);
        Assert.Contains($"Data publikacji strony internetowej: {PolishFormat.Date(AccessibilityStatement.Published)}", text);
        Assert.Contains($"Data ostatniej istotnej aktualizacji: {PolishFormat.Date(AccessibilityStatement.LastUpdated)}", text);
        Assert.Contains($"Deklarację sporządzono dnia: {PolishFormat.Date(AccessibilityStatement.Prepared)}", text);
        Assert.Contains($"Deklarację ostatnio przejrzano: {PolishFormat.Date(AccessibilityStatement.LastReviewed)}", text);
        Assert.Contains($"datetime=\"{AccessibilityStatement.LastReviewed:yyyy-MM-dd}\"", html);
        Assert.Contains("częściowo zgodna", text);
        Assert.Contains("Treści niedostępne", text);
        Assert.Contains("samooceny", text);
        Assert.Contains($"href=\"mailto:{AccessibilityStatement.ContactEmail}\"", html);
        Assert.Contains("7 dni", text);
        Assert.Contains("2 miesiące", text);
        Assert.Contains("<a href=\"https://bip.brpo.gov.pl/\">Rzecznika Praw Obywatelskich</a>", html);
        Assert.Contains("Platforma nie udostępnia aplikacji mobilnych.", text);
    }

    [Theory]
    [InlineData("chrzanow", "Gmina Chrzanów")]
    [InlineData("krasnystaw", "Miasto Krasnystaw")]
    public async Task A_gminas_statement_names_the_gmina_and_its_pages(string tenant, string name)
    {
        using var anonymous = SignIn.NewClient(app);

        var response = await anonymous.GetAsync($"/{tenant}/deklaracja-dostepnosci");
        var html = await response.Content.ReadAsStringAsync();
        var text = Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var heading in RequiredHeadings)
        {
            Assert.Contains(heading, html);
        }

        Assert.Contains($"<span id=\"a11y-podmiot\">{name}</span>", html);
        Assert.Contains($"{name} zobowiązuje się zapewnić dostępność swoich stron na platformie", text);
        Assert.Contains($"href=\"https://localhost/{tenant}\"", html);
        Assert.Contains($"Deklarację ostatnio przejrzano: {PolishFormat.Date(AccessibilityStatement.LastReviewed)}", text);
        Assert.Contains("href=\"/deklaracja-dostepnosci\"", html); // the platform's own statement
        Assert.DoesNotContain(AccessibilityStatement.Operator + " zobowiązuje", text);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK, "/deklaracja-dostepnosci")]
    [InlineData("/account/logowanie", HttpStatusCode.OK, "/deklaracja-dostepnosci")]
    [InlineData("/rejestracja", HttpStatusCode.OK, "/deklaracja-dostepnosci")]
    [InlineData("/deklaracja-dostepnosci", HttpStatusCode.OK, "/deklaracja-dostepnosci")]
    [InlineData("/chrzanow", HttpStatusCode.OK, "/chrzanow/deklaracja-dostepnosci")]
    [InlineData("/krasnystaw/deklaracja-dostepnosci", HttpStatusCode.OK, "/krasnystaw/deklaracja-dostepnosci")]
    [InlineData("/nie-ma-takiej-gminy", HttpStatusCode.NotFound, "/deklaracja-dostepnosci")]
    [InlineData("/chrzanow/strategie/01a20774-cb5a-797e-986e-d53c378f95fe", HttpStatusCode.NotFound, "/deklaracja-dostepnosci")]
    public async Task Every_page_links_the_statement_in_its_footer(string path, HttpStatusCode status, string statement)
    {
        using var anonymous = SignIn.NewClient(app);

        var response = await anonymous.GetAsync(path);
        var footer = Footer().Match(await response.Content.ReadAsStringAsync());

        Assert.Equal(status, response.StatusCode);
        Assert.True(footer.Success, $"{path} has no footer");
        Assert.Contains($"<a href=\"{statement}\">Deklaracja dostępności</a>", footer.Value);
    }

    [Fact]
    public async Task A_gmina_page_links_the_gminas_statement_for_a_signed_in_member_too()
    {
        var id = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var html = await coordinator.GetStringAsync($"/krasnystaw/strategie/{id}");

        Assert.Contains("<a href=\"/krasnystaw/deklaracja-dostepnosci\">Deklaracja dostępności</a>", Footer().Match(html).Value);
    }

    /// <summary>The page's text as a reader gets it: tags dropped, entities decoded, white space folded.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Replace(" .", ".").Replace(" ,", ",");

    [GeneratedRegex("<footer[^>]*>.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();
}
