using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Strategies;

namespace Strategy.Testing;

/// <summary>Ids of one demo gmina's records, read inside that gmina.</summary>
public sealed record DemoData(Guid TenantId, Guid StrategyId, Guid ElementId, Guid IndicatorId, Guid MembershipId, Guid? ApiClientId)
{
    public static Task<DemoData> ReadAsync(StrategyAppFactory app, string tenant) =>
        app.InTenantAsync(tenant, async db =>
        {
            // The seeded strategy is the gmina's first (ids are time-ordered); tests may import more.
            var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync();
            var element = await db.Elements.Where(e => e.StrategyId == strategy.Id && e.Depth == 2).OrderBy(e => e.Code).FirstAsync();
            var indicators = db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategy.Id));
            var indicator = await indicators.Where(i => i.Measurements.Any()).OrderBy(i => i.Name).FirstOrDefaultAsync()
                ?? await indicators.OrderBy(i => i.Name).FirstAsync();
            var membership = await db.Memberships.Where(m => m.Role == Strategy.Domain.Access.TenantRole.Viewer).OrderBy(m => m.Id).FirstAsync();
            var apiClient = await db.ApiClients.OrderBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
            return new DemoData(strategy.TenantId, strategy.Id, element.Id, indicator.Id, membership.Id, apiClient);
        });

    /// <summary>The demo data has no API clients; gives each demo gmina an active one.</summary>
    public static async Task EnsureApiClientsAsync(StrategyAppFactory app)
    {
        foreach (var tenant in new[] { "chrzanow", "krasnystaw" })
        {
            await app.InTenantAsync(tenant, async db =>
            {
                if (!await db.ApiClients.AnyAsync(c => c.RevokedAt == null))
                {
                    db.ApiClients.Add(new Strategy.Domain.Access.ApiClient($"{tenant}-test", "Klient testowy", ["strategy.read"], null, DateTimeOffset.UtcNow));
                    await db.SaveChangesAsync();
                }
            });
        }
    }

    public static Task<Guid> ElementIdAsync(StrategyAppFactory app, string tenant, string code) =>
        app.InTenantAsync(tenant, async db => (await db.Elements.SingleAsync(e => e.Code == code)).Id);

    public static Task<Guid> IndicatorIdAsync(StrategyAppFactory app, string tenant, string name) =>
        app.InTenantAsync(tenant, async db => (await db.Indicators.SingleAsync(i => i.Name == name)).Id);

    /// <summary>The id this data has for the entity a route's <c>{id}</c> stands for.</summary>
    public Guid IdFor(string entity) => entity switch
    {
        nameof(MunicipalStrategy) => StrategyId,
        nameof(StrategyElement) => ElementId,
        "Indicator" => IndicatorId,
        "Membership" => MembershipId,
        "ApiClient" => ApiClientId ?? throw new InvalidOperationException("This gmina has no API client yet."),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Unknown entity kind"),
    };
}
