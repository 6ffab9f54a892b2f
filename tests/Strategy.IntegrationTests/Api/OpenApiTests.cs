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

        Assert.Equal(
            ["/api/v1/tenants", "/api/v1/{tenant}/strategies", "/api/v1/{tenant}/strategies/{id}", "/api/v1/{tenant}/elements/{id}", "/api/v1/{tenant}/indicators/{id}"],
            paths.EnumerateObject().Select(p => p.Name));

        var getStrategy = paths.GetProperty("/api/v1/{tenant}/strategies/{id}").GetProperty("get");
        Assert.Equal("GetStrategy", getStrategy.GetProperty("operationId").GetString());
        var responses = getStrategy.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.Equal("application/problem+json", responses.GetProperty("404").GetProperty("content").EnumerateObject().Single().Name);
        Assert.True(responses.TryGetProperty("400", out _));

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var element = schemas.GetProperty("ElementDto").GetProperty("properties");
        foreach (var key in new[] { "id", "code", "title", "statement", "depth", "coordinators", "partners", "implementers", "indicators", "children" })
        {
            Assert.True(element.TryGetProperty(key, out _), $"ElementDto lacks '{key}' in the OpenAPI document");
        }
    }
}
