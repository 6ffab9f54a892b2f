namespace Strategy.IntegrationTests.Performance;

/// <summary>
/// A strategy page costs a fixed, small number of SQL commands however large the strategy: the
/// budget is counted here, the speed is measured in bench/ (never a timing in a test).
/// </summary>
public sealed class StrategyPageQueryTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>, IDisposable
{
    private readonly SqlCommands _sql = new();

    [Theory]
    [InlineData("chrzanow")]
    [InlineData("krasnystaw")]
    public async Task A_signed_in_members_strategy_page_issues_at_most_three_sql_commands(string tenant)
    {
        var strategy = (await DemoData.ReadAsync(app, tenant)).StrategyId;
        using var coordinator = await SignIn.AsAsync(app, $"koordynator@{tenant}.demo");
        var path = $"/{tenant}/strategie/{strategy}";
        await coordinator.GetAsync(path); // warm: the gmina's catalogue entry and the person's roles are cached

        var (response, commands) = await _sql.GetAsync(coordinator, path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(commands.Count <= 3, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
        Assert.NotEmpty(commands); // the page reads the strategy, not a cache of it
    }

    public void Dispose() => _sql.Dispose();
}
