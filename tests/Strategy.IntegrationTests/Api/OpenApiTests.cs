using System.Text.Json;

namespace Strategy.IntegrationTests.Api;

[Collection(AppCollection.Name)]
public sealed class OpenApiTests(StrategyAppFactory app)
{
    [Fact]
    public async Task Documents_every_api_endpoint_and_its_problem_responses()
    {
        using var client = app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        var documented = paths.EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/tenants", "/api/v1/{tenant}/strategies", "/api/v1/{tenant}/strategies/{id}", "/api/v1/{tenant}/elements/{id}", "/api/v1/{tenant}/indicators/{id}",
            "/api/v1/{tenant}/population", "/api/v1/{tenant}/population/{year}", "/api/v1/{tenant}/official-statistics/fetch",
            "/api/v1/municipalities", "/api/v1/signups", "/api/v1/signups/confirm", "/api/v1/invitations/accept", "/api/v1/me/memberships",
            "/api/v1/admin/tenants", "/api/v1/admin/tenants/{id}/suspend", "/api/v1/admin/tenants/{id}/reactivate", "/api/v1/admin/tenants/{id}/support-sessions", "/api/v1/admin/tenants/{id}/export", "/api/v1/admin/tenants/{id}/offboard",
            "/api/v1/admin/signups", "/api/v1/admin/signups/{id}/decision", "/api/v1/admin/audit",
            "/api/v1/{tenant}/members", "/api/v1/{tenant}/invitations", "/api/v1/{tenant}/invitations/{id}", "/api/v1/{tenant}/invitations/{id}/resend", "/api/v1/{tenant}/members/{membershipId}",
            "/api/v1/{tenant}/api-clients", "/api/v1/{tenant}/api-clients/{id}", "/api/v1/{tenant}/audit",
            "/api/v1/{tenant}/settings", "/api/v1/{tenant}/settings/public-pages", "/api/v1/{tenant}/institutions", "/api/v1/{tenant}/institutions/registry",
            "/api/v1/{tenant}/strategies/{id}/export", "/api/v1/{tenant}/strategies/{id}/completeness", "/api/v1/{tenant}/strategies/import", "/api/v1/{tenant}/strategies/import/convert", "/api/v1/{tenant}/strategies/import/corrected", "/api/v1/strategy-template",
            "/api/v1/{tenant}/rounds", "/api/v1/{tenant}/rounds/{id}", "/api/v1/{tenant}/rounds/{id}/tasks", "/api/v1/{tenant}/rounds/{id}/indicators/{indicatorId}",
            "/api/v1/{tenant}/rounds/{id}/reminders", "/api/v1/{tenant}/rounds/{id}/deadline", "/api/v1/{tenant}/calendar", "/api/v1/{tenant}/rounds/{id}/sheet", "/api/v1/{tenant}/rounds/{id}/task-reports", "/api/v1/{tenant}/rounds/{id}/task-reports/{elementId}", "/api/v1/{tenant}/task-reports/{id}/review", "/api/v1/{tenant}/entries/{id}/review", "/api/v1/{tenant}/entries/{id}/withdraw", "/api/v1/{tenant}/strategies/{id}/dashboard",
            "/api/v1/{tenant}/strategies/{id}/elements", "/api/v1/{tenant}/elements/{id}/archive", "/api/v1/{tenant}/elements/{id}/restore",
            "/api/v1/{tenant}/elements/{id}/move", "/api/v1/{tenant}/elements/{id}/reorder",
            "/api/v1/{tenant}/institutions/{id}/merge", "/api/v1/{tenant}/institutions/{id}", "/api/v1/{tenant}/elements/{id}/institutions", "/api/v1/{tenant}/elements/{id}/institutions/{institutionId}", "/api/v1/{tenant}/elements/{id}/indicators",
            "/api/v1/{tenant}/strategies/{id}/reports", "/api/v1/{tenant}/strategies/{id}/reports/{year}", "/api/v1/{tenant}/strategies/{id}/reports/{year}.docx",
            "/api/v1/{tenant}/strategies/{id}/reports/{year}/publish", "/api/v1/{tenant}/strategies/{id}/state-report/{year}", "/api/v1/{tenant}/strategies/{id}/state-report/{year}.docx", "/api/v1/{tenant}/strategies/{id}/reports/{year}/versions/{number}", "/api/v1/{tenant}/strategies/{id}/reports/{year}/versions/{number}.docx",
            "/api/v1/{tenant}/benchmarks", "/api/v1/{tenant}/benchmarks/{metricCode}", "/api/v1/{tenant}/open-data",
            "/api/v1/benchmark-metrics", "/api/v1/benchmark-metrics/{code}", "/api/v1/{tenant}/indicators/{id}/benchmark-metric", "/api/v1/{tenant}/settings/benchmark-sharing",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(documented, p => p.StartsWith("/connect", StringComparison.Ordinal));

        var getStrategy = paths.GetProperty("/api/v1/{tenant}/strategies/{id}").GetProperty("get");
        Assert.Equal("GetStrategy", getStrategy.GetProperty("operationId").GetString());
        var responses = getStrategy.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.Equal("application/problem+json", responses.GetProperty("404").GetProperty("content").EnumerateObject().Single().Name);
        Assert.True(responses.TryGetProperty("400", out _));
        var members = paths.GetProperty("/api/v1/{tenant}/members").GetProperty("get").GetProperty("responses");
        Assert.True(members.TryGetProperty("401", out _) && members.TryGetProperty("403", out _) && members.TryGetProperty("404", out _));

        var export = paths.GetProperty("/api/v1/{tenant}/strategies/{id}/export").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"], export.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));

        var schemas = document.GetProperty("components").GetProperty("schemas");
        // The comparison is written as bytes serialised once (SerializedOnce); the document still describes its shape.
        var comparison = paths.GetProperty("/api/v1/{tenant}/benchmarks/{metricCode}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("#/components/schemas/BenchmarkDto", comparison.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(schemas.GetProperty("BenchmarkDto").GetProperty("properties").TryGetProperty("rows", out _));
        Assert.True(paths.GetProperty("/api/v1/benchmark-metrics/{code}").GetProperty("delete").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/v1/{tenant}/indicators/{id}/benchmark-metric").GetProperty("put").GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(schemas.GetProperty("IndicatorDetailDto").GetProperty("properties").TryGetProperty("benchmarkMetricCode", out _));
        Assert.True(schemas.GetProperty("TenantSettingsDto").GetProperty("properties").TryGetProperty("sharesBenchmarks", out _));
        var metric = schemas.GetProperty("BenchmarkMetricDto").GetProperty("properties");
        foreach (var key in new[] { "code", "namePl", "nameEn", "unit", "definition", "normalisation", "direction", "bdlVariableId", "version" })
        {
            Assert.True(metric.TryGetProperty(key, out _), $"BenchmarkMetricDto lacks '{key}' in the OpenAPI document");
        }

        var element = schemas.GetProperty("ElementDto").GetProperty("properties");
        foreach (var key in new[] { "id", "code", "title", "statement", "depth", "coordinators", "partners", "implementers", "indicators", "children" })
        {
            Assert.True(element.TryGetProperty(key, out _), $"ElementDto lacks '{key}' in the OpenAPI document");
        }
    }
}
