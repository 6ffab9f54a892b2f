using System.Net;
using System.Text.RegularExpressions;

namespace Strategy.IntegrationTests.Pages;

/// <summary>The Razor pages a visitor reads, rendered by the real host (HTML checked as text).</summary>
[Collection(AppCollection.Name)]
public sealed partial class GminaPagesTests(StrategyAppFactory app)
{
    [Fact]
    public async Task The_platform_home_lists_both_gminy_in_polish()
    {
        var html = await GetPage("/");

        Assert.Contains("<html lang=\"pl\">", html);
        Assert.Contains("<a href=\"/chrzanow\">Gmina Chrzanów</a>", html); // Polish letters written as letters, not entities
        Assert.Contains("<a href=\"/krasnystaw\">Miasto Krasnystaw</a>", html);
        Assert.Contains("gmina miejsko-wiejska", html);
        Assert.Contains("2\u00A0gminy na platformie", Text(html));
    }

    [Fact]
    public async Task The_gmina_home_shows_its_facts_and_strategies()
    {
        var html = await GetPage("/krasnystaw");

        Assert.Contains("0606011", html);
        Assert.Contains("gmina miejska", html);
        Assert.Contains("Okres: 2014–2020 · Status: przyjęta", Text(html));
    }

    [Fact]
    public async Task The_strategy_page_shows_the_whole_tree_with_the_strategys_own_level_names()
    {
        var id = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;

        var text = Text(await GetPage($"/chrzanow/strategie/{id}"));

        Assert.Contains("Obszar (6\u00A0elementów) → Cel operacyjny (13\u00A0elementów) → Zadanie (85\u00A0elementów)", text);
        Assert.Contains("46\u00A0wskaźników", text);
        Assert.Contains("Obszar 1: RODZINA", text);
        Assert.Contains("Cel: Skuteczny system wsparcia dziecka i rodziny.", text);
        Assert.Contains("Cel operacyjny 6.2: Rozwój aktywności obywatelskiej i społecznej", text);
        Assert.Contains("1.1.5", text);
        Assert.Contains("Szkoly i placowki oswiatowe, Organizacje pozarządowe, Kościoły i związki wyznaniowe", text);
        Assert.Contains("dane Ośrodka Pomocy Społecznej w Chrzanowie", text);
        Assert.Equal(85, TaskRows().Matches(await GetPage($"/chrzanow/strategie/{id}")).Count);
    }

    [Fact]
    public async Task The_strategy_page_shows_each_indicators_latest_value_the_polish_way()
    {
        var id = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;

        var text = Text(await GetPage($"/krasnystaw/strategie/{id}"));

        Assert.Contains("Cel strategiczny 7:", text);
        Assert.Contains("11,6\u00A0%", text);
        Assert.Contains("4\u00A0791\u00A0osób", text); // the unit declined by the number
        Assert.Contains("udział w ogóle mieszkańców: 25,51\u00A0%", text);
        Assert.Contains("bezrobocia: 300; ubóstwa: 331; bezdomności: 6", text);
        Assert.Contains("brak danych", text);
        Assert.Contains("zajęcia zawieszono z powodu pandemii", text);
        Assert.Contains("Realizatorzy", text);
        Assert.Contains("Uchwała nr IV/13/2014 Rady Miasta Krasnostaw", text);
    }

    [Fact]
    public async Task The_element_page_shows_its_path_narrative_indicators_and_tasks()
    {
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.1");

        var html = await GetPage($"/chrzanow/elementy/{id}");
        var text = Text(html);

        Assert.Contains("<nav aria-label=\"Ścieżka\">", html);
        Assert.Contains("Cel operacyjny 1.1: Wsparcie rodzin oraz efektywne przeciwdziałanie i zwalczanie kryzysów w rodzinie.", text);
        Assert.Contains("Strategia postępowania", text);
        Assert.Contains("Gmina Chrzanów wyludnia się", text);
        Assert.Contains("Liczba rodzin objętych procedurą Niebieskiej Karty", text);
        Assert.Contains("Zadanie (11)", text);
    }

    [Fact]
    public async Task The_indicator_page_lists_values_by_year()
    {
        var id = await DemoData.IndicatorIdAsync(app, "krasnystaw", "Liczba osób w wieku poprodukcyjnym i ich udział w ogóle mieszkańców");

        var html = await GetPage($"/krasnystaw/wskazniki/{id}");
        var text = Text(html);

        Assert.Contains("<caption>Wartości wskaźnika według lat</caption>", html);
        Assert.Contains("2020", text);
        Assert.Contains("4\u00A0791\u00A0osób", text); // the unit declined by the number
        Assert.Contains("Cel strategiczny 4", text);
    }

    [Fact]
    public async Task A_malformed_id_in_a_page_address_is_a_polish_404()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/chrzanow/strategie/abc");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nie znaleziono strony", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> GetPage(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's text as a reader gets it: tags dropped, entities decoded, white space folded.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<td class=\"element-code\">\\d+\\.\\d+\\.\\d+</td>")]
    private static partial Regex TaskRows();
}
