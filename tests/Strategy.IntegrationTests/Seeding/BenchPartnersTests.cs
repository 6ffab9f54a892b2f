using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Seeding;
using Strategy.Infrastructure.Seeding.National;
using Strategy.IntegrationTests.Hosting;

namespace Strategy.IntegrationTests.Seeding;

/// <summary><c>seed-bench-partners</c>: the write path's partners and rounds (bench/run.sh (e)), Development only.</summary>
public sealed class BenchPartnersTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Each_synthetic_gmina_gets_an_open_round_and_a_partner_who_supplies_every_indicator_once()
    {
        var ct = TestContext.Current.CancellationToken;
        // The host's start ended only when the database was ready (DatabaseReadiness).
        Assert.True(app.Services.GetRequiredService<DatabaseInitialiser>().Ready.IsCompletedSuccessfully);
        await NationalSeedCommand.RunAsync(app.Services, ["--count", "2"], TextWriter.Null, ct);

        for (var run = 0; run < 2; run++)
        {
            var output = new StringWriter();
            Assert.Equal(0, await BenchPartners.RunAsync(app.Services, ["--count", "2"], output, ct));
            Assert.Contains("2 gmin z rundą i partnerem", output.ToString());
        }

        var gminy = await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier != "chrzanow" && t.Identifier != "krasnystaw").Select(t => t.Identifier).ToListAsync(ct));
        Assert.Equal(2, gminy.Count);
        foreach (var gmina in gminy)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var partner = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(BenchPartners.Email(gmina));
            Assert.NotNull(partner);
            var state = await app.InTenantAsync(gmina, async db => new
            {
                Memberships = await db.Memberships.CountAsync(m => m.UserId == partner.Id, ct),
                OpenRounds = await db.ReportingRounds.CountAsync(r => r.ClosedAt == null, ct),
                Indicators = await db.Indicators.CountAsync(ct),
                Supplied = await db.Indicators.CountAsync(i => db.Institutions.Any(n => n.Id == i.SupplierInstitutionId && n.Name == BenchPartners.Institution), ct),
            });
            Assert.Equal(1, state.Memberships);
            Assert.Equal(1, state.OpenRounds);
            Assert.True(state.Indicators > 0);
            Assert.Equal(state.Indicators, state.Supplied);
        }
    }

    [Fact]
    public async Task Outside_development_it_refuses_and_creates_nobody()
    {
        await using var production = new DeployedAppFactory("Production");
        var output = new StringWriter();

        Assert.Equal(2, await BenchPartners.RunAsync(production.Services, [], output, TestContext.Current.CancellationToken));
        Assert.Contains("tylko w środowisku Development", output.ToString());
        Assert.Equal(0, await production.InTenantAsync(null, db => db.Users.CountAsync(u => u.NormalizedEmail!.EndsWith(".BENCH.DEMO"))));
    }
}
