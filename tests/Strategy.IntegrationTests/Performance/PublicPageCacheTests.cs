using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;

namespace Strategy.IntegrationTests.Performance;

/// <summary>
/// Anonymous visitors of a gmina's public pages get them from the output cache, per gmina; a change in
/// the gmina shows at once; a signed-in person never gets a cached page.
/// </summary>
public sealed class PublicPageCacheTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>, IDisposable
{
    private readonly SqlCommands _sql = new();

    private async Task<string> StrategyPathAsync(string tenant) => $"/{tenant}/strategie/{(await DemoData.ReadAsync(app, tenant)).StrategyId}";

    [Fact]
    public async Task The_second_anonymous_visit_is_served_from_the_cache_without_sql()
    {
        using var visitor = app.CreateClient();
        var path = await StrategyPathAsync("krasnystaw");
        // Other tests of this class visit the same page: start from an empty cache for the gmina.
        var tenantId = await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "krasnystaw").Select(t => t.Id).SingleAsync());
        await app.Services.GetRequiredService<IPublicPageCache>().EvictAsync(tenantId, CancellationToken.None);

        var (first, firstCommands) = await _sql.GetAsync(visitor, path);
        var (second, secondCommands) = await _sql.GetAsync(visitor, path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEmpty(firstCommands);
        Assert.Empty(secondCommands);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_in_the_gmina_shows_at_once_and_leaves_another_gminas_cached_pages_alone()
    {
        using var visitor = app.CreateClient();
        var krasnystaw = await StrategyPathAsync("krasnystaw");
        var chrzanow = await StrategyPathAsync("chrzanow");
        await visitor.GetStringAsync(krasnystaw);
        await visitor.GetStringAsync(chrzanow);

        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var element = await app.InTenantAsync("krasnystaw", db => db.Elements.OrderBy(e => e.Depth).ThenBy(e => e.Order).Select(e => new { e.Id, e.Version }).FirstAsync());
        var edited = await coordinator.PutAsJsonAsync($"/api/v1/krasnystaw/elements/{element.Id}", new { title = "Promocja zatrudnienia i przedsiębiorczości (po zmianie)", version = element.Version });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        Assert.Contains("Promocja zatrudnienia i przedsiębiorczości (po zmianie)", await visitor.GetStringAsync(krasnystaw));
        var (other, otherCommands) = await _sql.GetAsync(visitor, chrzanow);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Empty(otherCommands);
    }

    [Fact]
    public async Task A_signed_in_person_gets_the_page_rendered_for_them_not_the_visitors_copy()
    {
        using var visitor = app.CreateClient();
        var path = await StrategyPathAsync("krasnystaw");
        await visitor.GetStringAsync(path);

        using var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var (page, commands) = await _sql.GetAsync(coordinator, path);

        Assert.NotEmpty(commands);
        Assert.Contains("Wyloguj", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_is_never_served_from_the_page_cache()
    {
        using var visitor = app.CreateClient();
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        await visitor.GetStringAsync($"/api/v1/krasnystaw/strategies/{strategy}");

        var (_, commands) = await _sql.GetAsync(visitor, $"/api/v1/krasnystaw/strategies/{strategy}");

        Assert.NotEmpty(commands);
    }

    public void Dispose() => _sql.Dispose();
}
