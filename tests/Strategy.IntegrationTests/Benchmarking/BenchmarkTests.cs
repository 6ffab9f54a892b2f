using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.IntegrationTests.Benchmarking;

/// <summary>
/// Comparing gminy through the API and the page, on the demo gminy: Krasnystaw's 2020 values are
/// seeded; Chrzanów's strategy has none, so each test that needs one records it as an approved value.
/// </summary>
public sealed class BenchmarkTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Homeless = "bezdomni-schronienie";

    /// <summary>Chrzanów's approved value of a metric for a year, on the indicator its coordinator mapped to it.</summary>
    private Task RecordChrzanowAsync(string metric, int year, decimal value) =>
        app.InTenantAsync("chrzanow", async db =>
        {
            var metricId = await db.BenchmarkMetrics.Where(m => m.Code == metric).Select(m => m.Id).SingleAsync();
            var indicator = await db.Indicators.Include(i => i.Measurements).FirstAsync(i => i.BenchmarkMetricId == metricId);
            if (indicator.Measurements.All(m => m.Year != year))
            {
                indicator.Record(year, new MeasurementValue(value, null, false, null, null));
                await db.SaveChangesAsync();
            }
        });

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Row(JsonElement benchmark, string identifier) =>
        benchmark.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("identifier").GetString() == identifier);

    [Fact]
    public async Task A_gmina_sees_every_sharing_gmina_per_thousand_residents_ranked_with_itself_marked()
    {
        const string unemployed = "bezrobotni-zarejestrowani"; // should decrease: the fewest per 1,000 residents is first
        await RecordChrzanowAsync(unemployed, 2020, 1_200);
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var b = await GetAsync(coordinator, $"/api/v1/krasnystaw/benchmarks/{unemployed}?year=2020");

        Assert.Equal(2020, b.GetProperty("year").GetInt32());
        Assert.Equal(2, b.GetProperty("rows").GetArrayLength());
        var krasnystaw = Row(b, "krasnystaw");
        var chrzanow = Row(b, "chrzanow");
        Assert.True(krasnystaw.GetProperty("mine").GetBoolean());
        Assert.False(chrzanow.GetProperty("mine").GetBoolean());
        var (kPop, cPop) = (krasnystaw.GetProperty("residents").GetInt32(), chrzanow.GetProperty("residents").GetInt32());
        Assert.Equal(Math.Round(836m * 1000 / kPop, 4), krasnystaw.GetProperty("normalised").GetDecimal());
        Assert.Equal(Math.Round(1_200m * 1000 / cPop, 4), chrzanow.GetProperty("normalised").GetDecimal());
        Assert.Equal(1, chrzanow.GetProperty("rank").GetInt32());
        Assert.Equal(2, krasnystaw.GetProperty("rank").GetInt32());
        Assert.Equal("urban", krasnystaw.GetProperty("kind").GetString());
        Assert.Equal("urbanRural", chrzanow.GetProperty("kind").GetString());
        Assert.Equal("lubelskie", krasnystaw.GetProperty("voivodeship").GetString());
        var summary = b.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("myRank").GetInt32());
        Assert.Equal(Math.Round((krasnystaw.GetProperty("normalised").GetDecimal() + chrzanow.GetProperty("normalised").GetDecimal()) / 2, 4), Math.Round(summary.GetProperty("median").GetDecimal(), 4));
        var year2020 = b.GetProperty("trend").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2020);
        Assert.Equal(krasnystaw.GetProperty("normalised").GetDecimal(), year2020.GetProperty("mine").GetDecimal());
        Assert.Equal(chrzanow.GetProperty("normalised").GetDecimal(), year2020.GetProperty("peerMedian").GetDecimal());
    }

    [Fact]
    public async Task Peer_filters_narrow_the_group_to_the_same_type_or_voivodeship()
    {
        await RecordChrzanowAsync(Homeless, 2020, 23);
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var sameKind = await GetAsync(coordinator, $"/api/v1/krasnystaw/benchmarks/{Homeless}?year=2020&sameKind=true");
        var sameVoivodeship = await GetAsync(coordinator, $"/api/v1/krasnystaw/benchmarks/{Homeless}?year=2020&sameVoivodeship=true");

        Assert.Equal(["krasnystaw"], sameKind.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("identifier").GetString()));
        Assert.Equal(["krasnystaw"], sameVoivodeship.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("identifier").GetString()));
    }

    [Fact]
    public async Task A_year_nobody_shares_is_an_empty_comparison_and_the_page_says_so()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var b = await GetAsync(coordinator, $"/api/v1/krasnystaw/benchmarks/{Homeless}?year=2001");
        var page = await coordinator.GetStringAsync($"/krasnystaw/porownania?miernik={Homeless}&rok=2001");

        Assert.Equal(0, b.GetProperty("rows").GetArrayLength());
        Assert.Contains("Żadna gmina nie udostępnia zatwierdzonych wartości miernika „Osoby bezdomne, którym zapewniono schronienie” za rok 2001.", page);
    }

    [Fact]
    public async Task Without_a_population_for_the_year_the_normalised_value_is_no_population_not_a_division_by_zero()
    {
        await RecordChrzanowAsync(Homeless, 2013, 20); // the demo population starts in 2014
        using var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var b = await GetAsync(coordinator, $"/api/v1/chrzanow/benchmarks/{Homeless}?year=2013");
        var page = await coordinator.GetStringAsync($"/chrzanow/porownania?miernik={Homeless}&rok=2013");

        var chrzanow = Row(b, "chrzanow");
        Assert.Equal(JsonValueKind.Null, chrzanow.GetProperty("normalised").ValueKind);
        Assert.Equal(JsonValueKind.Null, chrzanow.GetProperty("rank").ValueKind);
        Assert.Equal(20m, chrzanow.GetProperty("value").GetDecimal());
        Assert.Contains("brak liczby ludności", page);
    }

    [Fact]
    public async Task With_two_gminy_the_page_says_there_are_too_few_to_compare_and_draws_no_median()
    {
        await RecordChrzanowAsync(Homeless, 2020, 23);
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var page = await coordinator.GetStringAsync($"/krasnystaw/porownania?miernik={Homeless}&rok=2020");

        Assert.Contains("Miasto Krasnystaw (Twoja gmina)", page);
        Assert.Contains("Gmina Chrzanów", page);
        Assert.Contains("Za mało gmin do porównania: wartość porównywaną ma 2\u00A0gminy.", System.Net.WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("Mediana (", page);
        Assert.DoesNotContain("rozklad-wykres", page);
        Assert.DoesNotContain("trend-wykres", page);
    }

    [Fact]
    public async Task Without_a_choice_the_page_compares_a_metric_the_gmina_maps()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var mapped = (await GetAsync(coordinator, "/api/v1/chrzanow/benchmarks")).EnumerateArray()
            .Where(m => m.GetProperty("mappedHere").GetBoolean()).Select(m => m.GetProperty("code").GetString()!).ToList();

        var page = await coordinator.GetStringAsync("/chrzanow/porownania");

        Assert.NotEmpty(mapped);
        var chosen = System.Text.RegularExpressions.Regex.Match(page, "<option value=\"([^\"]+)\" selected").Groups[1].Value;
        Assert.Contains(chosen, mapped);
    }

    [Fact]
    public async Task From_three_gminy_the_page_shows_the_comparison_with_both_charts_their_tables_and_the_gmina_highlighted()
    {
        await SharingGmina.AddAsync(app, "1201011", "bochnia", 2020, 29_800);
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var page = await coordinator.GetStringAsync($"/krasnystaw/porownania?miernik={BenchmarkMetric.PopulationCode}&rok=2020");

        Assert.Contains("Miasto Krasnystaw (Twoja gmina)", page);
        Assert.Contains("Miasto Bochnia", page);
        Assert.DoesNotContain("Za mało gmin", page);
        Assert.Contains("Mediana (", page);
        Assert.Contains("aria-labelledby=\"rozklad-wykres-title rozklad-wykres-desc\"", page);
        Assert.Contains("<caption>Liczba gmin w przedziałach wartości", page);
    }

    [Fact]
    public async Task The_population_metric_compares_the_gminas_population_figures()
    {
        using var viewer = await SignIn.AsAsync(app, "obserwator@chrzanow.demo");

        var b = await GetAsync(viewer, $"/api/v1/chrzanow/benchmarks/{BenchmarkMetric.PopulationCode}?year=2025");

        Assert.Equal(45_300m, Row(b, "chrzanow").GetProperty("value").GetDecimal());
        Assert.Equal(18_100m, Row(b, "krasnystaw").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task The_metric_list_marks_those_the_gmina_has_values_for()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var metrics = (await GetAsync(coordinator, "/api/v1/krasnystaw/benchmarks")).EnumerateArray().ToList();

        Assert.True(metrics.Single(m => m.GetProperty("code").GetString() == "stopa-bezrobocia").GetProperty("mappedHere").GetBoolean());
        Assert.True(metrics.Single(m => m.GetProperty("code").GetString() == BenchmarkMetric.PopulationCode).GetProperty("mappedHere").GetBoolean());
        Assert.False(metrics.Single(m => m.GetProperty("code").GetString() == "niebieska-karta").GetProperty("mappedHere").GetBoolean());
    }

    [Theory]
    [InlineData($"/api/v1/krasnystaw/benchmarks/nie-ma-takiego", HttpStatusCode.NotFound)]
    [InlineData($"/api/v1/krasnystaw/benchmarks/Zly_Kod", HttpStatusCode.BadRequest)]
    [InlineData($"/api/v1/krasnystaw/benchmarks/{Homeless}?year=3000", HttpStatusCode.BadRequest)]
    public async Task Bad_input_is_a_problem_document(string path, HttpStatusCode expected)
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var response = await coordinator.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_year_out_of_range_on_the_page_is_a_polish_message_linked_to_the_field()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var page = await coordinator.GetStringAsync($"/krasnystaw/porownania?miernik={Homeless}&rok=3000");

        Assert.Contains("<a href=\"#rok\">Rok musi mieścić się w latach 1990–2100.</a>", page);
    }

    [Fact]
    public async Task Reading_across_gminy_is_audited_once_per_load_not_once_per_request()
    {
        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        Task<int> BypassesAsync() => app.InTenantAsync(null, db => db.AuditEvents.CountAsync(a => a.Action == "rls.bypass" && a.Detail!.Contains("„stopa-bezrobocia”")));

        await GetAsync(coordinator, "/api/v1/krasnystaw/benchmarks/stopa-bezrobocia");
        var afterFirst = await BypassesAsync();
        await GetAsync(coordinator, "/api/v1/krasnystaw/benchmarks/stopa-bezrobocia?year=2020");
        await GetAsync(coordinator, "/api/v1/krasnystaw/benchmarks/stopa-bezrobocia?sameKind=true");

        Assert.Equal(1, afterFirst);
        Assert.Equal(1, await BypassesAsync());
    }
}
