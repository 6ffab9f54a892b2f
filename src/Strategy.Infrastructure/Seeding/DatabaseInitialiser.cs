using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// Brings the database up to date on start-up (when configured) and seeds the demo gminy once.
/// Runs before the host accepts requests, so a broken model file stops the start with its name.
/// </summary>
public sealed partial class DatabaseInitialiser(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        if (settings.MigrateOnStartup ?? settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync(ct);
        }

        if (settings.SeedDemoTenants)
        {
            var models = settings.ModelsFolder is { Length: > 0 } folder ? new BuiltInModels(folder) : BuiltInModels.Default;
            foreach (var demo in DemoTenants.All)
            {
                await SeedAsync(demo, models, ct);
            }
        }
    }

    private async Task SeedAsync(DemoTenants.Definition demo, BuiltInModels models, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Tenants.AnyAsync(t => t.Identifier == demo.Identifier, ct))
        {
            return;
        }

        var model = models.Load(demo.Model);
        var tenant = DemoTenants.Create(demo);
        tenant.Activate();
        var imported = StrategyModelImporter.Import(model, []);

        // The tenant row and everything of the tenant go in one SaveChanges: all or nothing.
        scope.ServiceProvider.GetRequiredService<TenantContextAccessor>().Current = TenantStore.ToInfo(tenant);
        db.Tenants.Add(tenant);
        db.Institutions.AddRange(imported.NewInstitutions);
        db.Strategies.Add(imported.Strategy);
        await db.SaveChangesAsync(ct);
        LogSeeded(logger, tenant.Name, demo.Model);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo tenant {Tenant} from the built-in model {Model}")]
    private static partial void LogSeeded(ILogger logger, string tenant, string model);
}
