using Strategy.Application.Strategies.Format;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;

namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// Creates a gmina and its first strategy in a unit of work of its own, resolved as that gmina, so
/// that the save guard stamps the new gmina on every row. The tenant row and everything it owns are
/// saved together: a failure leaves nothing behind. A built-in model gives another gmina its structure only.
/// </summary>
public sealed class TenantProvisioner(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : ITenantProvisioner
{
    public async Task<TenantInfo> ProvisionAsync(Municipality municipality, string identifier, StartingModel model, bool publicPages, StrategyModel? document, CancellationToken ct)
    {
        var start = model == StartingModel.Document
            ? document ?? throw new ArgumentException("A document start needs the document.", nameof(document))
            : ModelName(model) is { } name ? FromModel(name, municipality) : null;

        var tenant = new Tenant(identifier, municipality.Code, DisplayName(municipality), municipality.Voivodeship);
        tenant.StartProvisioning();
        tenant.SetPublicPages(publicPages);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var info = TenantStore.ToInfo(tenant);
        scope.ServiceProvider.GetRequiredService<TenantContextAccessor>().Current = info;
        db.Tenants.Add(tenant);

        if (start is not null)
        {
            var imported = StrategyModelImporter.Import(start, []);
            db.Institutions.AddRange(imported.NewInstitutions);
            db.Strategies.Add(imported.Strategy);
        }

        tenant.Activate();
        await db.SaveChangesAsync(ct);
        return TenantStore.ToInfo(tenant);
    }

    /// <summary>"Gmina Chrzanów", "Miasto Krasnystaw": the name people use for the office.</summary>
    public static string DisplayName(Municipality m) => (m.Kind == MunicipalityKind.Urban ? "Miasto " : "Gmina ") + m.Name;

    /// <summary>The model's own gmina (the demo) gets its strategy whole; another gmina a draft of its structure.</summary>
    private StrategyModel FromModel(string name, Municipality municipality) =>
        municipality.Code.Value == BuiltInModels.OwnGmina(name)
            ? Models().Load(name)
            : StartingStructure.For(Models().Load(name), DisplayName(municipality), BuiltInModels.PlaceNames(name));

    private BuiltInModels Models() => options.Value.ModelsFolder is { Length: > 0 } folder ? new BuiltInModels(folder) : BuiltInModels.Default;

    private static string? ModelName(StartingModel model) => model switch
    {
        StartingModel.Chrzanow => BuiltInModels.Chrzanow,
        StartingModel.Krasnystaw => BuiltInModels.Krasnystaw,
        _ => null,
    };
}
