using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>A gmina's whole data exported as one document, and a gmina offboarded: exported, then deleted, the others untouched.</summary>
public sealed class TenantLifecycleTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string PlatformAdmin = "admin@strategia.demo";

    [Fact]
    public async Task The_export_holds_every_row_of_every_table_of_the_gmina_and_nothing_of_another()
    {
        await FillBothGminyAsync(app);
        var admin = await SignIn.AsAsync(app, PlatformAdmin);
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        // Counted before: the export's own line in the gmina's audit log comes after it.
        var counts = await CountsAsync(krasnystaw.TenantId);

        var response = await admin.GetAsync($"/api/v1/admin/tenants/{krasnystaw.TenantId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gmina-krasnystaw-eksport.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        Assert.Equal("strategy-saas/tenant-export/1", export.GetProperty("format").GetString());
        Assert.Equal("krasnystaw", export.GetProperty("tenant").GetProperty("identifier").GetString());
        var tables = export.GetProperty("tables").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetArrayLength());
        Assert.Equal(counts.OrderBy(c => c.Key), tables.OrderBy(t => t.Key));
        Assert.All(["Strategies", "StrategyElements", "Institutions", "Indicators", "Measurements", "MeasurementParts", "IndicatorChanges", "MeasurementEntries", "TaskReports", "ReportingRounds", "AnnualReports", "PublishedReports", "Memberships", "ApiClients"],
            table => Assert.True(tables[table] > 0, $"{table} is empty in the export"));
        Assert.Contains("Gminna Strategia Rozwiązywania Problemów Społecznych dla Miasta Krasnostaw na lata 2014 - 2020", text);
        Assert.Contains(export.GetProperty("tables").GetProperty("Measurements").EnumerateArray(), m => m.GetProperty("Value").ValueKind == JsonValueKind.Number && m.GetProperty("Value").GetDecimal() == 11.6m);
        Assert.Contains(export.GetProperty("people").EnumerateArray(), p => p.GetProperty("email").GetString() == "koordynator@krasnystaw.demo");
        Assert.DoesNotContain(chrzanow.TenantId.ToString(), text);
        Assert.DoesNotContain("chrzanow.demo", text);
    }

    [Fact]
    public async Task Offboarding_exports_then_deletes_the_gmina_and_leaves_the_other_untouched()
    {
        // Its own host: the gmina it deletes must stay for the other tests.
        await using var app = new StrategyAppFactory();
        await FillBothGminyAsync(app);
        var admin = await SignIn.AsAsync(app, PlatformAdmin);
        var krasnystaw = await DemoData.ReadAsync(app, "krasnystaw");
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");
        var active = await admin.PostAsJsonAsync($"/api/v1/admin/tenants/{krasnystaw.TenantId}/offboard", new { confirmIdentifier = "krasnystaw" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/tenants/{krasnystaw.TenantId}/suspend", null)).StatusCode);
        var before = await CountsAsync(app, krasnystaw.TenantId);
        var otherBefore = await CountsAsync(app, chrzanow.TenantId);
        var mistyped = await admin.PostAsJsonAsync($"/api/v1/admin/tenants/{krasnystaw.TenantId}/offboard", new { confirmIdentifier = "chrzanow" });
        Assert.Equal(before, await CountsAsync(app, krasnystaw.TenantId));

        var offboarded = await admin.PostAsJsonAsync($"/api/v1/admin/tenants/{krasnystaw.TenantId}/offboard", new { confirmIdentifier = "krasnystaw" });

        Assert.Equal(HttpStatusCode.BadRequest, active.StatusCode);
        Assert.Contains("Najpierw zawieś gminę", await active.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Contains("wpisz jej identyfikator „krasnystaw”", await mistyped.Content.ReadAsStringAsync());
        Assert.True(offboarded.StatusCode == HttpStatusCode.OK, await offboarded.Content.ReadAsStringAsync());
        var export = JsonDocument.Parse(await offboarded.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(before.OrderBy(c => c.Key), export.GetProperty("tables").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetArrayLength()).OrderBy(t => t.Key));

        Assert.All(await CountsAsync(app, krasnystaw.TenantId), c => Assert.True(c.Value == 0, $"{c.Key} still holds {c.Value} rows of the offboarded gmina"));
        Assert.Equal(otherBefore, await CountsAsync(app, chrzanow.TenantId));
        Assert.False(await app.InTenantAsync(null, db => db.Tenants.AnyAsync(t => t.Id == krasnystaw.TenantId)));
        Assert.DoesNotContain("krasnystaw", await SignIn.NewClient(app).GetStringAsync("/api/v1/tenants"));
        Assert.Equal(HttpStatusCode.NotFound, (await SignIn.NewClient(app).GetAsync("/krasnystaw")).StatusCode);
        Assert.Contains(await app.InTenantAsync(null, db => db.AuditEvents.Select(e => new { e.Action, e.TenantId, e.UserName }).ToListAsync()),
            e => e.Action == "tenant.offboarded" && e.TenantId == null && e.UserName != null);
        Assert.True(await app.InTenantAsync(null, db => db.Users.AnyAsync(u => u.Email == "koordynator@krasnystaw.demo")), "people's accounts are the platform's and stay");

        // The other gmina works as before.
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/chrzanow/strategies/{chrzanow.StrategyId}")).StatusCode);
    }

    [Fact]
    public async Task The_admin_page_of_a_gmina_that_is_not_on_the_platform_is_a_404_and_of_one_that_is_a_403_for_a_gmina_admin()
    {
        var admin = await SignIn.AsAsync(app, PlatformAdmin);
        var gminaAdmin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/gminy/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gminaAdmin.GetAsync($"/admin/gminy/{chrzanow.TenantId}")).StatusCode);
    }

    [Fact]
    public async Task The_admin_page_offers_the_export_and_offboards_only_a_suspended_gmina()
    {
        var admin = await SignIn.AsAsync(app, PlatformAdmin);
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");

        var page = await admin.GetStringAsync($"/admin/gminy/{chrzanow.TenantId}");
        var export = await admin.GetAsync($"/admin/gminy/{chrzanow.TenantId}?handler=Export");

        Assert.Contains("Pobierz wszystkie dane gminy (JSON)", page);
        Assert.Contains("Usunąć z platformy można tylko zawieszoną gminę.", page);
        Assert.DoesNotContain("Eksportuj i usuń gminę", page);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("chrzanow", JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetProperty("tenant").GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task Only_a_platform_admin_exports_or_offboards()
    {
        var tenantAdmin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var chrzanow = await DemoData.ReadAsync(app, "chrzanow");

        Assert.Equal(HttpStatusCode.Forbidden, (await tenantAdmin.GetAsync($"/api/v1/admin/tenants/{chrzanow.TenantId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenantAdmin.PostAsJsonAsync($"/api/v1/admin/tenants/{chrzanow.TenantId}/offboard", new { confirmIdentifier = "chrzanow" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.NewClient(app).GetAsync($"/api/v1/admin/tenants/{chrzanow.TenantId}/export")).StatusCode);
    }

    private static async Task FillBothGminyAsync(StrategyAppFactory app)
    {
        await DemoData.EnsureApiClientsAsync(app);
        await DemoData.EnsureMonitoringAsync(app);
        await DemoData.EnsurePublishedReportsAsync(app);
    }

    /// <summary>Rows of the gmina in every table with a tenant column, counted in SQL, independently of the export's code.</summary>
    private Task<Dictionary<string, int>> CountsAsync(Guid tenantId) => CountsAsync(app, tenantId);

    private static async Task<Dictionary<string, int>> CountsAsync(StrategyAppFactory app, Guid tenantId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && t.GetTableName() is { } name && name != "Tenants" && t.FindProperty("TenantId") is not null)
            .Select(t => t.GetTableName()!)
            .Distinct()
            .ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, int>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"TenantId\" = @tenant";
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@tenant", tenantId.ToString().ToUpperInvariant());
            command.Parameters.Add(parameter);
            counts[table] = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
