using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Domain.Strategies;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>
/// Every UI page and API endpoint that takes an id answers 404 when given another gmina's id — and
/// 200 for its own, so the 404 means isolation, not a broken route.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossTenantRouteTests(StrategyAppFactory app)
{
    // Which entity an {id} stands for, by the route segment before it. A new route with an id must be
    // added here, or the test below fails: no page or endpoint escapes the isolation check.
    private static readonly Dictionary<string, string> EntityBySegment = new()
    {
        ["strategie"] = nameof(MunicipalStrategy),
        ["strategies"] = nameof(MunicipalStrategy),
        ["elementy"] = nameof(StrategyElement),
        ["elements"] = nameof(StrategyElement),
        ["wskazniki"] = "Indicator",
        ["indicators"] = "Indicator",
    };

    [Fact]
    public async Task Every_route_with_an_id_hides_another_gminas_records()
    {
        var routes = TenantRoutesWithId();
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");
        using var client = app.CreateClient();

        Assert.True(routes.Count >= 6, $"expected the UI and API routes with ids, found {routes.Count}");
        foreach (var (template, entity) in routes)
        {
            var own = await client.GetAsync(Url(template, "chrzanow", chrzanow.IdFor(entity)));
            var foreign = await client.GetAsync(Url(template, "chrzanow", krasnystaw.IdFor(entity)));
            var foreignInItsTenant = await client.GetAsync(Url(template, "krasnystaw", krasnystaw.IdFor(entity)));

            Assert.True(own.StatusCode == HttpStatusCode.OK, $"{template} with its own id: {own.StatusCode}");
            Assert.True(foreign.StatusCode == HttpStatusCode.NotFound, $"{template} with another gmina's id: {foreign.StatusCode}");
            Assert.True(foreignInItsTenant.StatusCode == HttpStatusCode.OK, $"{template} in the id's own gmina: {foreignInItsTenant.StatusCode}");
            Assert.DoesNotContain("Krasnystaw", await foreign.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("/nieznana")]
    [InlineData("/nieznana/strategie/01a20774-cb5a-797e-986e-d53c378f95fe")]
    public async Task An_unknown_gmina_page_is_a_polish_404(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nie znaleziono strony", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/nieznana/strategies")]
    [InlineData("/api/v1/nieznana/indicators/01a20774-cb5a-797e-986e-d53c378f95fe")]
    [InlineData("/api/v1/api/strategies")]
    [InlineData("/api/v1/health/strategies")]
    public async Task An_unknown_or_reserved_gmina_in_the_api_is_a_problem_404(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/account")]
    [InlineData("/connect")]
    [InlineData("/openapi")]
    [InlineData("/api")]
    [InlineData("/css")]
    public async Task Reserved_segments_never_reach_a_gminas_pages(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        // Nothing at these paths yet: what matters is that no tenant page (and no tenant lookup) answers.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Strategie</h2>", await response.Content.ReadAsStringAsync());
    }

    private List<(string Template, string Entity)> TenantRoutesWithId()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.GetParameter("tenant") is null || pattern.GetParameter("id") is null)
            {
                continue;
            }

            var template = pattern.RawText!;
            var segments = template.Trim('/').Split('/');
            var before = segments[Array.FindIndex(segments, s => s.StartsWith("{id", StringComparison.Ordinal)) - 1];
            Assert.True(EntityBySegment.TryGetValue(before, out var entity), $"Route {template} takes an id of an unknown kind: add it to the isolation test.");
            routes.Add((template, entity!));
        }

        return routes.Distinct().ToList();
    }

    private static string Url(string template, string tenant, Guid id)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{tenant[^}]*\}", tenant);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{id[^}]*\}", id.ToString());
        return "/" + path.TrimStart('/');
    }
}
