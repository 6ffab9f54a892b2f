using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Benchmarking;

/// <summary>A gmina that stops sharing leaves every other gmina's comparison at once, and still sees itself.</summary>
public sealed class BenchmarkSharingTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private static IEnumerable<string?> Names(JsonElement benchmark) =>
        benchmark.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("identifier").GetString());

    [Fact]
    public async Task A_gmina_that_does_not_share_never_appears_in_another_gminas_view_but_sees_itself()
    {
        using var krasnystaw = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        using var chrzanow = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        const string path = "benchmarks/ludnosc?year=2020";
        Assert.Contains("chrzanow", Names(await krasnystaw.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/{path}"))); // and now cached

        await app.InTenantAsync("chrzanow", async db =>
        {
            (await db.Tenants.SingleAsync(t => t.Identifier == "chrzanow")).SetBenchmarkSharing(false);
            await db.SaveChangesAsync();
        });

        var others = await krasnystaw.GetFromJsonAsync<JsonElement>($"/api/v1/krasnystaw/{path}");
        var own = await chrzanow.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/{path}");
        var page = await krasnystaw.GetStringAsync("/krasnystaw/porownania?miernik=ludnosc&rok=2020");
        var ownPage = await chrzanow.GetStringAsync("/chrzanow/porownania?miernik=ludnosc&rok=2020");

        Assert.Equal(["krasnystaw"], Names(others));
        Assert.DoesNotContain("Chrzanów", page);
        Assert.Equal(["chrzanow", "krasnystaw"], Names(own).Order());
        Assert.False(own.GetProperty("sharesMine").GetBoolean());
        Assert.True(own.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("identifier").GetString() == "chrzanow").GetProperty("mine").GetBoolean());
        Assert.Contains("Twoja gmina nie udostępnia swoich wartości", ownPage);
    }
}
