using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Tenancy;

/// <summary>
/// The second wall (ADR 0013) as far as it shows on SQLite: no session interceptor, and the one
/// cross-gmina read — the person's own memberships — goes through the audited bypass.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RowLevelSecurityTests(StrategyAppFactory app)
{
    [Fact]
    public async Task Listing_ones_gminy_crosses_gminy_through_the_audited_bypass()
    {
        var client = await SignIn.AsAsync(app, DemoTenants.SharedViewerEmail);

        var memberships = await client.GetStringAsync("/api/v1/me/memberships");

        Assert.Contains("chrzanow", memberships);
        Assert.Contains("krasnystaw", memberships);
        var events = await app.InTenantAsync(null, db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.RowLevelSecurityBypass && e.UserName == "Radny (dwie gminy)").ToListAsync());
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Null(e.TenantId);
            Assert.NotNull(e.UserId);
            Assert.Contains("wszystkich gminach", e.Detail);
        });
    }

    [Fact]
    public async Task SQLite_sessions_get_no_session_context()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];

        Assert.True(db.Database.IsSqlite());
        Assert.DoesNotContain(interceptors, i => i is TenantSessionContextInterceptor);
    }
}
