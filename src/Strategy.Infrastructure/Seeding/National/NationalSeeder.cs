using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Seeding.National;

/// <summary>What one run of <see cref="NationalSeeder"/> did.</summary>
public sealed record NationalSeedResult(int Created, int Skipped, TimeSpan Elapsed);

/// <summary>
/// Creates one synthetic gmina per entry of the TERC register (<c>seed-national</c>). The normal
/// provisioning path costs a unit of work and a model import per gmina; this bulk path keeps one
/// context, saves each gmina as one batch (its own transaction, resolved as that gmina so the save
/// guard stamps it on every row) and clears the change tracker after each. Gminy already on the
/// platform (by TERC code, e.g. the demo Chrzanów and Krasnystaw) are skipped, so it can run again.
/// </summary>
public sealed partial class NationalSeeder(IServiceScopeFactory scopes, IMunicipalityRegister register, ILogger<NationalSeeder> logger)
{
    /// <param name="count">Only the first <paramref name="count"/> gminy of the register (null: all of them).</param>
    public async Task<NationalSeedResult> SeedAsync(int? count, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantContext = scope.ServiceProvider.GetRequiredService<TenantContextAccessor>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var catalogue = await db.BenchmarkMetrics.AsNoTracking().ToListAsync(ct);
        var present = (await db.Tenants.AsNoTracking().Select(t => t.TerytCode).ToListAsync(ct)).ToHashSet();
        var generator = new NationalStrategyGenerator(catalogue);
        var wanted = register.All.Take(count ?? int.MaxValue).ToList();

        var created = 0;
        foreach (var municipality in wanted.Where(m => !present.Contains(m.Code)))
        {
            var gmina = generator.Generate(municipality);
            tenantContext.Current = TenantStore.ToInfo(gmina.Tenant);
            db.Tenants.Add(gmina.Tenant);
            db.Strategies.Add(gmina.Strategy);
            db.PopulationFigures.AddRange(gmina.Population);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            tenantContext.Current = null;

            if (++created % 250 == 0)
            {
                LogProgress(logger, created, clock.Elapsed.TotalSeconds);
            }
        }

        return new NationalSeedResult(created, wanted.Count - created, clock.Elapsed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "seed-national: {Created} gminy created in {Seconds:F0} s")]
    private static partial void LogProgress(ILogger logger, int created, double seconds);
}
