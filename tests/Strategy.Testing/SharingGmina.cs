using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Tenancy;

namespace Strategy.Testing;

/// <summary>A third gmina on the platform, sharing its population for comparisons: two are too few to compare.</summary>
public static class SharingGmina
{
    public static async Task AddAsync(StrategyAppFactory app, string teryt, string identifier, int year, int residents)
    {
        if (await app.InTenantAsync(null, db => db.Tenants.AnyAsync(t => t.Identifier == identifier)))
        {
            return;
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var municipality = scope.ServiceProvider.GetRequiredService<IMunicipalityRegister>().Find(TerytCode.Parse(teryt))!;
            await scope.ServiceProvider.GetRequiredService<ITenantProvisioner>().ProvisionAsync(municipality, identifier, StartingModel.Empty, publicPages: false, document: null, CancellationToken.None);
        }

        await app.InTenantAsync(identifier, async db =>
        {
            (await db.Tenants.SingleAsync(t => t.Identifier == identifier)).SetBenchmarkSharing(true);
            db.PopulationFigures.Add(PopulationFigure.Entered(year, residents));
            await db.SaveChangesAsync();
        });
    }
}
