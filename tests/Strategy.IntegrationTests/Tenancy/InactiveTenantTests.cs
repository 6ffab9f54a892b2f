using System.Net;
using Strategy.Domain.Tenancy;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>A gmina that is in the catalogue but not active (e.g. still pending) is not served.</summary>
public sealed class InactiveTenantTests : IAsyncLifetime
{
    private readonly StrategyAppFactory _app = new();

    public async ValueTask InitializeAsync() =>
        await _app.InTenantAsync(null, async db =>
        {
            db.Tenants.Add(new Tenant("babice", TerytCode.Parse("1203022"), "Gmina Babice", "małopolskie"));
            await db.SaveChangesAsync();
        });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("/babice")]
    [InlineData("/api/v1/babice/strategies")]
    public async Task A_pending_gmina_answers_404(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_pending_gmina_is_not_listed()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/");
        var json = await client.GetStringAsync("/api/v1/tenants");

        Assert.DoesNotContain("Babice", html);
        Assert.DoesNotContain("babice", json);
        Assert.Contains("chrzanow", json);
    }
}
