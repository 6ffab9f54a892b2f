using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Strategy.IntegrationTests.Security;

/// <summary>An archived element's indicators leave the public pages with it: read by id, they answer 404 (the gmina's own still read them).</summary>
public sealed class ArchivedIndicatorTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task The_public_reading_an_archived_element_s_indicator_by_id_gets_404()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        using var anonymous = SignIn.NewClient(app);
        var (elementId, indicatorId) = await app.InTenantAsync("chrzanow", async db =>
        {
            var found = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                from i in db.Indicators join e in db.Elements on i.ElementId equals e.Id where e.Depth > 1 orderby e.Code select new { e.Id, IndicatorId = i.Id });
            return (found.Id, found.IndicatorId);
        });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/chrzanow/indicators/{indicatorId}")).StatusCode);
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{elementId}")).GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{elementId}/archive", new { version })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/chrzanow/indicators/{indicatorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/chrzanow/wskazniki/{indicatorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/chrzanow/indicators/{indicatorId}")).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_s_export_of_a_gmina_is_in_that_gmina_s_own_audit_log()
    {
        var platform = await SignIn.AsAsync(app, "admin@strategia.demo");
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var tenantId = (await app.InTenantAsync("chrzanow", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Tenants, t => t.Identifier == "chrzanow"))).Id;

        Assert.Equal(HttpStatusCode.OK, (await platform.GetAsync($"/api/v1/admin/tenants/{tenantId}/export")).StatusCode);

        Assert.Contains("tenant.exported", await admin.GetStringAsync("/api/v1/chrzanow/audit"));
    }
}
