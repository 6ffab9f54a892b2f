using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Domain.Access;
using Strategy.Domain.Strategies;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>
/// Every UI page and API endpoint that takes an id answers 404 when given another gmina's id — and
/// 200 for its own, so the 404 means isolation, not a broken route. Writes given a foreign id change
/// nothing. Requests are made by each gmina's own administrator, who may use every route.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossTenantRouteTests(StrategyAppFactory app)
{
    // Which entity an id parameter stands for, by the route segment before it. A new route with an id
    // must be added here, or the test below fails: no page or endpoint escapes the isolation check.
    private static readonly Dictionary<string, string> EntityBySegment = new()
    {
        ["strategie"] = nameof(MunicipalStrategy),
        ["strategies"] = nameof(MunicipalStrategy),
        ["elementy"] = nameof(StrategyElement),
        ["elements"] = nameof(StrategyElement),
        ["wskazniki"] = "Indicator",
        ["indicators"] = "Indicator",
        ["members"] = nameof(Membership),
        ["api-clients"] = nameof(ApiClient),
        ["rounds"] = "ReportingRound",
        ["rundy"] = "ReportingRound",
        ["entries"] = "MeasurementEntry",
        ["task-reports"] = "TaskReport",
        ["institutions"] = "Institution",
        ["invitations"] = "Invitation",
    };

    // A write needs a well-formed body to get past validation to the lookup that must answer 404;
    // keyed by method and the route's last two segments.
    private static readonly Dictionary<string, string> SampleBodies = new()
    {
        ["PUT elements/{id}"] = """{ "title": "Próba", "version": 0 }""",
        ["PUT indicators/{indicatorId}"] = """{ "value": 1, "submit": false }""",
        ["PUT institutions/{id}"] = """{ "name": "Próba" }""",
        ["PUT indicators/{id}"] = """{ "name": "Próba", "direction": "unspecified", "version": 0 }""",
        ["PUT {id}/benchmark-metric"] = """{ "metricCode": null, "version": 0 }""",
        ["POST {id}/review"] = """{ "approve": true, "version": 0 }""",
        ["PUT task-reports/{elementId}"] = """{ "progress": "done", "submit": false }""",
        ["POST {id}/elements"] = """{ "code": "99", "title": "Próba" }""",
        ["POST {id}/archive"] = """{ "version": 0 }""",
        ["POST {id}/withdraw"] = """{ "version": 0 }""",
        ["POST {id}/restore"] = """{ "version": 0 }""",
        ["POST {id}/move"] = """{ "version": 0 }""",
        ["POST {id}/reorder"] = """{ "direction": "up", "version": 0 }""",
        ["POST {id}/indicators"] = """{ "name": "Próba" }""",
        ["POST {id}/merge"] = """{ "intoId": "0195c1f2-0000-7000-8000-000000000001" }""",
        ["POST {id}/institutions"] = """{ "institutionId": "0195c1f2-0000-7000-8000-000000000001", "role": "partner" }""",
        ["POST {id}/reminders"] = """{ "institutionId": "0195c1f2-0000-7000-8000-000000000001" }""",
        ["PUT {id}/deadline"] = """{ "deadline": "2099-01-31", "version": 0 }""",
        ["PUT reports/{year:int}"] = """{ "introduction": "Próba", "version": 0 }""",
        ["POST {year:int}/publish"] = """{ "version": 0 }""",
    };

    // Uploads take a file as the body, not JSON.
    private static readonly Dictionary<string, (string ContentType, string Body)> SampleFiles = new()
    {
        ["POST {id}/sheet"] = ("text/csv", "Identyfikator;Wartość\r\n"),
    };

    [Fact]
    public async Task Every_route_with_an_id_hides_another_gminas_records()
    {
        await DemoData.EnsureApiClientsAsync(app);
        await DemoData.EnsureMonitoringAsync(app);
        var routes = TenantRoutesWithId();
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");
        var chrzanowAdmin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var krasnystawAdmin = await SignIn.AsAsync(app, "admin@krasnystaw.demo");
        await DemoData.EnsurePublishedReportsAsync(app);

        Assert.True(routes.Count >= 8, $"expected the UI and API routes with ids, found {routes.Count}");
        foreach (var (method, template, entity) in routes)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), Url(template, "chrzanow", krasnystaw.IdFor(entity)));
            var key = $"{method} {string.Join('/', template.Split('/')[^2..])}";
            if (SampleBodies.TryGetValue(key, out var body))
            {
                request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }
            else if (SampleFiles.TryGetValue(key, out var file))
            {
                request.Content = new StringContent(file.Body, System.Text.Encoding.UTF8, file.ContentType);
            }

            var foreign = await chrzanowAdmin.SendAsync(request);
            Assert.True(foreign.StatusCode == HttpStatusCode.NotFound, $"{method} {template} with another gmina's id: {foreign.StatusCode}");
            Assert.DoesNotContain("Krasnystaw", await foreign.Content.ReadAsStringAsync());

            if (method == HttpMethods.Get)
            {
                var own = await chrzanowAdmin.GetAsync(Url(template, "chrzanow", chrzanow.IdFor(entity)));
                var foreignInItsTenant = await krasnystawAdmin.GetAsync(Url(template, "krasnystaw", krasnystaw.IdFor(entity)));
                Assert.True(own.StatusCode == HttpStatusCode.OK, $"{template} with its own id: {own.StatusCode}");
                Assert.True(foreignInItsTenant.StatusCode == HttpStatusCode.OK, $"{template} in the id's own gmina: {foreignInItsTenant.StatusCode}");
            }
        }

        // The foreign writes above deleted nothing.
        var after = await DemoData.ReadAsync(app, "krasnystaw");
        Assert.Equal(krasnystaw, after);
        Assert.Null(await app.InTenantAsync("krasnystaw", db => db.ApiClients.Where(c => c.Id == after.ApiClientId).Select(c => c.RevokedAt).SingleAsync()));
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
    [InlineData("/admin", HttpStatusCode.Redirect)] // the platform's own page: sign in first
    [InlineData("/account", HttpStatusCode.NotFound)]
    [InlineData("/connect", HttpStatusCode.NotFound)]
    [InlineData("/openapi", HttpStatusCode.NotFound)]
    [InlineData("/api", HttpStatusCode.NotFound)]
    [InlineData("/css", HttpStatusCode.NotFound)]
    [InlineData("/me", HttpStatusCode.NotFound)]
    [InlineData("/deklaracja-dostepnosci", HttpStatusCode.OK)] // the platform's accessibility statement
    public async Task Reserved_segments_never_reach_a_gminas_pages(string path, HttpStatusCode expected)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Strategie</h2>", await response.Content.ReadAsStringAsync());
    }

    private List<(string Method, string Template, string Entity)> TenantRoutesWithId()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<(string, string, string)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            var id = pattern.Parameters.FirstOrDefault(p => p.Name != "tenant" && p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase));
            if (pattern.GetParameter("tenant") is null || id is null)
            {
                continue;
            }

            var template = pattern.RawText!;
            var segments = template.Trim('/').Split('/');
            var before = segments[Array.FindIndex(segments, s => s.StartsWith("{" + id.Name, StringComparison.Ordinal)) - 1];
            Assert.True(EntityBySegment.TryGetValue(before, out var entity), $"Route {template} takes an id of an unknown kind: add it to the isolation test.");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            routes.AddRange(methods.Select(m => (m, template, entity!)));
        }

        return routes.Distinct().ToList();
    }

    // The report routes are tried with the year of the demo gminy's published report, version 1.
    private const int ReportYear = DemoData.ReportYear;

    private static string Url(string template, string tenant, Guid id)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{tenant[^}]*\}", tenant);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{year[^}]*\}", ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{number[^}]*\}", "1");
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{\w*[iI]d[^}]*\}", id.ToString());
        return "/" + path.TrimStart('/');
    }
}
