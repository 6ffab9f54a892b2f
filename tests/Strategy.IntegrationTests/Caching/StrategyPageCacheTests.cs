using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Strategy.IntegrationTests.Caching;

/// <summary>
/// The strategy page's tree is built and rendered once per version of the gmina's data (ADR 0017).
/// Whoever saves, on whichever replica, the next page shows it; the public's view is its own.
/// </summary>
public sealed class StrategyPageCacheTests
{
    [Fact]
    public async Task An_edit_saved_on_one_replica_is_on_the_next_page_another_replica_serves()
    {
        await using var first = new StrategyAppFactory();
        using var editor = await SignIn.AsAsync(first, "koordynator@chrzanow.demo");
        await using var second = new ReplicaOf(first);
        using var reader = await SignIn.AsAsync(second, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(first, "chrzanow");
        var page = $"/chrzanow/strategie/{demo.StrategyId}";
        var element = $"/api/v1/chrzanow/elements/{demo.ElementId}";
        var before = await reader.GetStringAsync(page); // built and kept on the second replica
        var read = await editor.GetFromJsonAsync<JsonElement>(element);
        var oldTitle = read.GetProperty("element").GetProperty("title").GetString()!;
        const string newTitle = "Rodzina w centrum – brzmienie z drugiej repliki";

        var saved = await editor.PutAsJsonAsync(element, new { title = newTitle, version = read.GetProperty("version").GetInt32() });
        var after = await reader.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains($">{oldTitle}</a>", before);
        Assert.Contains($">{newTitle}</a>", after);
        Assert.DoesNotContain($">{oldTitle}</a>", after);
    }

    [Fact]
    public async Task The_public_never_gets_what_was_built_for_the_gminas_own()
    {
        await using var app = new StrategyAppFactory();
        using var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{demo.ElementId}")).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{demo.ElementId}/archive", new { version })).StatusCode);

        var members = await coordinator.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}");
        var membersApi = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{demo.StrategyId}");
        var visitor = SignIn.NewClient(app);
        var publicPage = await visitor.GetStringAsync($"/chrzanow/strategie/{demo.StrategyId}");
        var publicApi = await visitor.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{demo.StrategyId}");

        Assert.Contains("Zarchiwizowane elementy", members);
        Assert.Equal(1, membersApi.GetProperty("archived").GetArrayLength());
        Assert.DoesNotContain("Zarchiwizowane elementy", publicPage);
        Assert.Equal(0, publicApi.GetProperty("archived").GetArrayLength());
    }

    /// <summary>A second host over the first one's database, as another replica of the same deployment.</summary>
    private sealed class ReplicaOf(StrategyAppFactory first) : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={first.DatabasePath}",
        };
    }
}
