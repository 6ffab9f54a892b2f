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
        var demo = await DemoData.ReadAsync(app, tenant);
        using var coordinator = await SignIn.AsAsync(app, $"koordynator@{tenant}.demo");
        var path = $"/{tenant}/strategie/{demo.StrategyId}";
        await coordinator.GetAsync(path); // warm: the gmina's catalogue entry is cached
        await DemoData.RenameElementAsync(app, tenant, demo.ElementId, $"Nazwa po zmianie {Guid.NewGuid():N}"); // the tree is not

        var (response, commands) = await _sql.GetAsync(coordinator, path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(commands.Count <= 3, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
    }

    [Fact]
    public async Task The_same_page_again_reads_only_the_gminas_data_version_and_the_persons_roles()
    {
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        using var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var path = $"/chrzanow/strategie/{demo.StrategyId}";
        var first = await coordinator.GetStringAsync(path);

        var (response, commands) = await _sql.GetAsync(coordinator, path);

        var command = Assert.Single(commands);
        Assert.Contains("TenantDataVersions", command, StringComparison.Ordinal);
        Assert.Contains("Memberships", command, StringComparison.Ordinal);
        Assert.Equal(Body(first), Body(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_change_saved_after_the_page_was_cached_is_on_the_next_page()
    {
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        using var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var path = $"/chrzanow/strategie/{demo.StrategyId}";
        await coordinator.GetStringAsync(path);
        var title = $"Wspieranie rodzin – nowe brzmienie {Guid.NewGuid():N}";

        await DemoData.RenameElementAsync(app, "chrzanow", demo.ElementId, title);
        var (response, commands) = await _sql.GetAsync(coordinator, path);

        Assert.Contains(title, await response.Content.ReadAsStringAsync());
        Assert.True(commands.Count is > 1 and <= 3, $"{commands.Count} SQL commands: the tree must be read again, within the budget");
    }

    // The antiforgery token of the sign-out form differs on every response; the rest must not.
    private static string Body(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");

    public void Dispose() => _sql.Dispose();
}
