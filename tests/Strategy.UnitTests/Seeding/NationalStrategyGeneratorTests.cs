using Strategy.Domain.Benchmarking;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Seeding;
using Strategy.Infrastructure.Seeding.National;
using Strategy.Infrastructure.Tenancy.Register;

namespace Strategy.UnitTests.Seeding;

/// <summary>The synthetic national data: the same gmina always gets the same strategy, and every number is plausible.</summary>
public sealed class NationalStrategyGeneratorTests
{
    private static readonly IReadOnlyList<BenchmarkMetric> Catalogue = BenchmarkCatalogue.Initial();

    /// <summary>A spread of the register: towns, villages and urban-rural gminy of every voivodeship.</summary>
    private static IEnumerable<Municipality> Sample() => new MunicipalityRegister().All.Where((_, i) => i % 97 == 0);

    [Fact]
    public void The_same_gmina_gets_the_same_data_every_time()
    {
        foreach (var municipality in Sample().Take(8))
        {
            var first = Describe(new NationalStrategyGenerator(Catalogue).Generate(municipality));
            var second = Describe(new NationalStrategyGenerator(Catalogue).Generate(municipality));

            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Every_gmina_is_within_the_ranges()
    {
        var generator = new NationalStrategyGenerator(Catalogue);
        var metrics = Catalogue.ToDictionary(m => m.Id);
        var profiles = NationalStrategyGenerator.Profiles.ToDictionary(p => p.Code);
        var years = Enumerable.Range(NationalStrategyGenerator.Years.First, NationalStrategyGenerator.Years.Last - NationalStrategyGenerator.Years.First + 1).ToList();

        foreach (var municipality in Sample())
        {
            var gmina = generator.Generate(municipality);
            var (tenant, strategy) = (gmina.Tenant, gmina.Strategy);
            Assert.Equal(municipality.Code, tenant.TerytCode);
            Assert.Equal(municipality.Kind, tenant.Kind);
            Assert.Equal(municipality.Voivodeship, tenant.Voivodeship);
            Assert.EndsWith("-" + municipality.Code.Value, tenant.Identifier);
            Assert.True(Tenant.IsValidIdentifier(tenant.Identifier), tenant.Identifier);
            Assert.Equal(TenantState.Active, tenant.State);

            Assert.InRange(strategy.Elements.Count, NationalStrategyGenerator.ElementRange.Min, NationalStrategyGenerator.ElementRange.Max);
            Assert.Equal(3, strategy.Levels.Count);
            Assert.Equal(Strategy.Domain.Strategies.StrategyStatus.Adopted, strategy.Status);
            var indicators = strategy.Elements.SelectMany(e => e.Indicators).ToList();
            Assert.InRange(indicators.Count, NationalStrategyGenerator.IndicatorRange.Min, NationalStrategyGenerator.IndicatorRange.Max);
            var mapped = indicators.Where(i => i.BenchmarkMetricId is not null).ToList();
            Assert.True(mapped.Count > indicators.Count / 2, $"{tenant.Identifier}: {mapped.Count} of {indicators.Count} mapped");
            Assert.All(indicators, i => Assert.Equal(years, i.Measurements.Select(m => m.Year).Order()));
            Assert.All(indicators.SelectMany(i => i.Measurements), m => Assert.Equal(ValueSource.Person, m.Source));

            Assert.Equal(years, gmina.Population.Select(p => p.Year));
            var (min, max) = NationalStrategyGenerator.ResidentRange(municipality.Kind);
            Assert.All(gmina.Population, p => Assert.InRange(p.Residents, min, max));
            var residents = gmina.Population.ToDictionary(p => p.Year, p => p.Residents);

            // Every metric's value is its plausible rate for that year's population (whole people: ±1 for rounding).
            foreach (var indicator in mapped)
            {
                var metric = metrics[indicator.BenchmarkMetricId!.Value];
                var profile = profiles[metric.Code];
                Assert.Equal(metric.Unit, indicator.Unit);
                foreach (var m in indicator.Measurements)
                {
                    var value = m.Value!.Value;
                    if (metric.Normalisation == MetricNormalisation.Percentage)
                    {
                        Assert.InRange(value, profile.Min - 0.05m, profile.Max + 0.05m);
                    }
                    else
                    {
                        Assert.InRange(value, (profile.Min * residents[m.Year] / 1000m) - 1, (profile.Max * residents[m.Year] / 1000m) + 1);
                    }
                }
            }

            // One series per metric: two indicators of the same metric report the same values.
            foreach (var same in mapped.GroupBy(i => i.BenchmarkMetricId))
            {
                Assert.Single(same.Select(i => string.Join(";", i.Measurements.OrderBy(m => m.Year).Select(m => m.Value))).Distinct());
            }
        }
    }

    [Fact]
    public void Most_gminy_share_and_every_metric_of_the_catalogue_but_population_is_mapped()
    {
        var generator = new NationalStrategyGenerator(Catalogue);
        var gminy = new MunicipalityRegister().All.Take(300).Select(generator.Generate).ToList();

        Assert.InRange(gminy.Count(g => g.Tenant.SharesBenchmarks), 240, 290);
        Assert.InRange(gminy.Count(g => g.Tenant.PublicPagesEnabled), 50, 150);
        var expected = Catalogue.Where(m => m.Code != BenchmarkCatalogue.PopulationCode).Select(m => m.Id).Order();
        Assert.All(gminy, g => Assert.Equal(expected, g.Strategy.Elements.SelectMany(e => e.Indicators).Select(i => i.BenchmarkMetricId).OfType<Guid>().Distinct().Order()));
    }

    [Theory]
    [InlineData(new string[0], true, null)]
    [InlineData(new[] { "--count", "5" }, true, 5)]
    [InlineData(new[] { "--count", "0" }, false, null)]
    [InlineData(new[] { "--count", "x" }, false, null)]
    [InlineData(new[] { "--count" }, false, null)]
    [InlineData(new[] { "--all" }, false, null)]
    public void The_command_takes_an_optional_count(string[] arguments, bool valid, int? count)
    {
        Assert.Equal(valid, NationalSeedCommand.TryParse(arguments, out var parsed));
        Assert.Equal(count, parsed);
    }

    /// <summary>Everything generated, as text (ids are fresh on every run; what they carry is not).</summary>
    private static string Describe(NationalGmina g) => string.Join("\n",
        new[] { $"{g.Tenant.Identifier} {g.Tenant.Name} {g.Tenant.SharesBenchmarks} {g.Tenant.PublicPagesEnabled} {g.Strategy.Title} {g.Strategy.AdoptionResolution}" }
            .Concat(g.Population.Select(p => $"{p.Year} {p.Residents} {p.Source}"))
            .Concat(g.Strategy.Elements.Select(e => $"{e.Code} {e.Title} {e.Statement}"))
            .Concat(g.Strategy.Elements.SelectMany(e => e.Indicators.Select(i =>
                $"{e.Code} {i.Name} {i.Unit} {i.DataSource} {Catalogue.FirstOrDefault(m => m.Id == i.BenchmarkMetricId)?.Code} {string.Join(" ", i.Measurements.Select(m => $"{m.Year}:{m.Value}"))}"))));
}
