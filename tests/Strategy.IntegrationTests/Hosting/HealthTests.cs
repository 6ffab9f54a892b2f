using System.Net;

namespace Strategy.IntegrationTests.Hosting;

[Collection(AppCollection.Name)]
public sealed class HealthTests(StrategyAppFactory app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Reports_healthy(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Readiness checks the database; liveness does not, so a database outage does not restart replicas.</summary>
public sealed class UnreachableDatabaseHealthTests : IAsyncLifetime
{
    private readonly BrokenDatabaseFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Ready_fails_when_the_database_cannot_be_opened_while_live_stays_up()
    {
        using var client = _app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private sealed class BrokenDatabaseFactory : StrategyAppFactory
    {
        // A read-only open of a file that does not exist fails on every connection attempt.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.db")};Mode=ReadOnly",
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedDemoTenants"] = "false",
            ["Database:SeedDemoAccounts"] = "false",
        };
    }
}
