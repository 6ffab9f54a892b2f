using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

public sealed class BenchmarkingTests
{
    private static BenchmarkMetric Metric(MetricNormalisation normalisation) =>
        new("bezrobotni", "Bezrobotni zarejestrowani", "Registered unemployed", "osoby", "Osoby zarejestrowane w PUP (31 XII).", normalisation, IndicatorDirection.Decrease, 60270);

    private static Indicator NewIndicator()
    {
        var strategy = new MunicipalStrategy("Strategia", 2014, 2020, null, ["Cel strategiczny"]);
        return strategy.AddElement(null, "2", "Promocja zatrudnienia").AddIndicator("Liczba osób bezrobotnych", "osoby", null);
    }

    [Fact]
    public void Per_thousand_residents_divides_by_the_years_population()
    {
        Assert.Equal(20m, Metric(MetricNormalisation.PerThousandResidents).Normalise(400m, 20_000));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Per_thousand_residents_without_a_population_is_no_value_rather_than_a_division_by_zero(int? residents)
    {
        Assert.Null(Metric(MetricNormalisation.PerThousandResidents).Normalise(400m, residents));
    }

    [Theory]
    [InlineData(MetricNormalisation.Absolute)]
    [InlineData(MetricNormalisation.Percentage)]
    public void Absolute_values_and_percentages_are_compared_as_reported_with_or_without_population(MetricNormalisation normalisation)
    {
        Assert.Equal(11.6m, Metric(normalisation).Normalise(11.6m, null));
    }

    [Theory]
    [InlineData("Bezrobotni")]
    [InlineData("a")]
    [InlineData("bez robotni")]
    [InlineData("-bezrobotni")]
    public void A_metric_code_is_lower_case_letters_digits_and_hyphens(string code)
    {
        var e = Assert.Throws<DomainException>(() => new BenchmarkMetric(code, "Nazwa", "Name", null, "Definicja", MetricNormalisation.Absolute, IndicatorDirection.Unspecified, null));
        Assert.Contains(code, e.Message);
    }

    [Fact]
    public void A_redefinition_that_breaks_a_rule_changes_nothing()
    {
        var metric = Metric(MetricNormalisation.PerThousandResidents);

        Assert.Throws<DomainException>(() => metric.Define("Nowa nazwa", "New name", null, "Definicja", MetricNormalisation.Absolute, IndicatorDirection.Increase, 0));

        Assert.Equal(("Bezrobotni zarejestrowani", MetricNormalisation.PerThousandResidents, 60270), (metric.NamePl, metric.Normalisation, metric.BdlVariableId));
    }

    [Fact]
    public void An_official_value_fills_an_empty_year_and_keeps_its_quality_flag()
    {
        var indicator = NewIndicator();

        var (taken, replaced) = indicator.TakeOfficial(2020, new MeasurementValue(836m, "osoby", false, null, null), qualityFlag: 1);

        Assert.True(taken);
        Assert.Null(replaced);
        var m = Assert.Single(indicator.Measurements);
        Assert.Equal((836m, ValueSource.Bdl, (int?)1), (m.Value!.Value, m.Source, m.QualityFlag));
    }

    [Fact]
    public void An_official_value_never_overwrites_a_persons()
    {
        var indicator = NewIndicator();
        indicator.Approve(2020, new MeasurementValue(836m, "osoby", false, null, null));

        var (taken, _) = indicator.TakeOfficial(2020, new MeasurementValue(900m, "osoby", false, null, null), qualityFlag: 1);

        Assert.False(taken);
        var m = Assert.Single(indicator.Measurements);
        Assert.Equal((836m, ValueSource.Person, (int?)null), (m.Value!.Value, m.Source, m.QualityFlag));
    }

    [Fact]
    public void A_newer_official_value_replaces_an_older_one_and_a_person_then_takes_it_over()
    {
        var indicator = NewIndicator();
        indicator.TakeOfficial(2020, new MeasurementValue(836m, "osoby", false, null, null), qualityFlag: 1);

        var (taken, replaced) = indicator.TakeOfficial(2020, new MeasurementValue(840m, "osoby", false, null, null), qualityFlag: 2);
        indicator.Approve(2020, new MeasurementValue(845m, "osoby", false, null, null));

        Assert.True(taken);
        Assert.Equal(836m, replaced!.Value);
        var m = Assert.Single(indicator.Measurements);
        Assert.Equal((845m, ValueSource.Person, (int?)null), (m.Value!.Value, m.Source, m.QualityFlag));
    }

    [Fact]
    public void A_fetched_population_never_replaces_an_entered_one()
    {
        var figure = PopulationFigure.Entered(2020, 18_600);

        Assert.False(figure.TakeFetched(18_655, qualityFlag: 1));
        Assert.Equal((18_600, ValueSource.Person), (figure.Residents, figure.Source));
    }

    [Fact]
    public void A_person_may_correct_a_fetched_population()
    {
        var figure = PopulationFigure.Fetched(2020, 18_655, qualityFlag: 1);

        figure.Enter(18_600);

        Assert.Equal((18_600, ValueSource.Person, (int?)null), (figure.Residents, figure.Source, figure.QualityFlag));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_population_is_positive(int residents)
    {
        Assert.Throws<DomainException>(() => PopulationFigure.Entered(2020, residents));
    }

    [Theory]
    [InlineData(4_999, PopulationClass.Under5000)]
    [InlineData(5_000, PopulationClass.From5000To9999)]
    [InlineData(18_600, PopulationClass.From10000To19999)]
    [InlineData(46_000, PopulationClass.From20000To49999)]
    [InlineData(100_000, PopulationClass.From100000)]
    public void Gminy_fall_into_population_classes_by_residents(int residents, PopulationClass expected)
    {
        Assert.Equal(expected, PopulationClasses.Of(residents));
    }

    [Fact]
    public void A_gmina_shares_nothing_until_its_admin_opts_in()
    {
        var tenant = new Strategy.Domain.Tenancy.Tenant("krasnystaw", Strategy.Domain.Tenancy.TerytCode.Parse("0606011"), "Krasnystaw", "lubelskie");

        Assert.False(tenant.SharesBenchmarks);
        tenant.SetBenchmarkSharing(true);
        Assert.True(tenant.SharesBenchmarks);
    }
}
