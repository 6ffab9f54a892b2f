using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Seeding.National;

namespace Strategy.IntegrationTests.Seeding;

/// <summary><c>seed-national --count 5</c> through the host's command path, on its own database.</summary>
public sealed class NationalSeedTests : IAsyncLifetime
{
    private readonly StrategyAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Seeding_five_gminy_creates_them_within_the_ranges_and_a_second_run_skips_them()
    {
        var output = new StringWriter();
        Assert.Equal(0, await NationalSeedCommand.RunAsync(_app.Services, ["--count", "5"], output, TestContext.Current.CancellationToken));
        Assert.Contains("5 gmin utworzono, 0 już było", output.ToString());

        var register = _app.Services.GetRequiredService<IMunicipalityRegister>();
        var expected = register.All.Take(5).ToList();
        var tenants = await _app.InTenantAsync(null, db => db.Tenants.AsNoTracking().Where(t => t.Identifier != "chrzanow" && t.Identifier != "krasnystaw").ToListAsync());
        Assert.Equal(expected.Select(m => m.Code.Value), tenants.Select(t => t.TerytCode.Value).Order(StringComparer.Ordinal));

        foreach (var tenant in tenants)
        {
            var municipality = expected.Single(m => m.Code == tenant.TerytCode);
            Assert.Equal(NationalStrategyGenerator.IdentifierOf(municipality), tenant.Identifier);
            Assert.Equal(municipality.Kind, tenant.Kind);
            Assert.Equal(municipality.Voivodeship, tenant.Voivodeship);
            var counts = await _app.InTenantAsync(tenant.Identifier, async db => new
            {
                Strategies = await db.Strategies.CountAsync(),
                Elements = await db.Elements.CountAsync(),
                Indicators = await db.Indicators.CountAsync(),
                Mapped = await db.Indicators.CountAsync(i => i.BenchmarkMetricId != null),
                Years = await db.Measurements.Select(m => m.Year).Distinct().OrderBy(y => y).ToListAsync(),
                Measurements = await db.Measurements.CountAsync(),
                Population = await db.PopulationFigures.OrderBy(p => p.Year).Select(p => p.Year).ToListAsync(),
            });
            Assert.Equal(1, counts.Strategies);
            Assert.InRange(counts.Elements, 100, 150);
            Assert.InRange(counts.Indicators, 40, 60);
            Assert.True(counts.Mapped > counts.Indicators / 2);
            Assert.Equal(Enumerable.Range(2016, 10), counts.Years);
            Assert.Equal(counts.Indicators * 10, counts.Measurements);
            Assert.Equal(Enumerable.Range(2016, 10), counts.Population);
        }

        output = new StringWriter();
        Assert.Equal(0, await NationalSeedCommand.RunAsync(_app.Services, ["--count", "5"], output, TestContext.Current.CancellationToken));
        Assert.Contains("0 gmin utworzono, 5 już było", output.ToString());
    }

    [Fact]
    public async Task A_public_synthetic_gmina_shows_its_strategy_to_anyone()
    {
        await NationalSeedCommand.RunAsync(_app.Services, ["--count", "5"], TextWriter.Null, TestContext.Current.CancellationToken);
        var identifier = await _app.InTenantAsync(null, db => db.Tenants.AsNoTracking()
            .Where(t => t.PublicPagesEnabled && t.Identifier != "chrzanow" && t.Identifier != "krasnystaw")
            .OrderBy(t => t.Identifier).Select(t => t.Identifier).FirstAsync());
        var (strategyId, title) = await _app.InTenantAsync(identifier, async db =>
            await db.Strategies.AsNoTracking().Select(s => new ValueTuple<Guid, string>(s.Id, s.Title)).SingleAsync());

        var response = await _app.CreateClient().GetAsync($"/{identifier}/strategie/{strategyId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
