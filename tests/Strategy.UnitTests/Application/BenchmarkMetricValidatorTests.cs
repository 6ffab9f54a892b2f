using Strategy.Application.Benchmarking.Commands.CreateBenchmarkMetric;
using Strategy.Application.Benchmarking.Commands.UpdateBenchmarkMetric;
using Strategy.Application.Indicators.Commands.MapIndicator;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.UnitTests.Application;

/// <summary>The rules of the metric catalogue's forms and of mapping an indicator, with their Polish messages.</summary>
public sealed class BenchmarkMetricValidatorTests
{
    private static CreateBenchmarkMetricCommand Valid(string code = "piecza-zastepcza", int? bdl = 60270) => new(
        code, "Dzieci w pieczy zastępczej", "Children in foster care", "osoby", "Dzieci w pieczy zastępczej (31 grudnia).",
        MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, bdl);

    [Fact]
    public void A_complete_metric_is_valid_with_or_without_a_bdl_variable() =>
        Assert.All(new[] { Valid(), Valid(bdl: null) }, c => Assert.True(new CreateBenchmarkMetricValidator().Validate(c).IsValid));

    [Theory]
    [InlineData("Duze-litery")]
    [InlineData("spacja w kodzie")]
    [InlineData("-z-przodu")]
    [InlineData("z-tylu-")]
    [InlineData("ą-polskie")]
    [InlineData("a")]
    [InlineData("bardzo-dlugi-kod-ktory-ma-wiecej-niz-czterdziesci-znakow")]
    public void A_code_must_be_a_lowercase_slug(string code)
    {
        var result = new CreateBenchmarkMetricValidator().Validate(Valid(code));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(CreateBenchmarkMetricCommand.Code), error.PropertyName);
        Assert.Contains("małe litery a–z, cyfry i łączniki", error.ErrorMessage);
    }

    [Fact]
    public void An_empty_code_asks_for_one() =>
        Assert.Equal("Podaj kod miernika, np. bezrobotni-zarejestrowani.", Assert.Single(new CreateBenchmarkMetricValidator().Validate(Valid("")).Errors).ErrorMessage);

    [Fact]
    public void The_polish_name_unit_and_definition_are_required_the_english_name_is_not_and_enums_must_be_known()
    {
        var command = Valid() with { NamePl = " ", NameEn = "", Unit = null, Definition = "", Normalisation = (MetricNormalisation)9, Direction = (IndicatorDirection)9 };

        var errors = new CreateBenchmarkMetricValidator().Validate(command).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal(
            ["Definition", "Direction", "NamePl", "Normalisation", "Unit"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Podaj jednostkę miernika, np. osoby, rodziny, %.", errors["Unit"]);
        Assert.Contains("na 1000 mieszkańców", errors["Normalisation"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_bdl_variable_id_must_be_a_positive_integer(int id) =>
        Assert.Equal(nameof(CreateBenchmarkMetricCommand.BdlVariableId), Assert.Single(new CreateBenchmarkMetricValidator().Validate(Valid(bdl: id)).Errors).PropertyName);

    [Fact]
    public void An_edit_keeps_the_description_rules_and_needs_a_version()
    {
        var edit = new UpdateBenchmarkMetricCommand("ludnosc", "", "Population", "osoby", "Definicja.", MetricNormalisation.Absolute, IndicatorDirection.Unspecified, null, -1);

        var errors = new UpdateBenchmarkMetricValidator().Validate(edit).Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal);

        Assert.Equal(["NamePl", "Version"], errors);
    }

    [Fact]
    public void Mapping_needs_the_indicator_and_its_version_but_not_a_metric()
    {
        Assert.True(new MapIndicatorValidator().Validate(new MapIndicatorCommand(Guid.NewGuid(), null, 3)).IsValid);
        Assert.Equal(
            ["Id", "Version"],
            new MapIndicatorValidator().Validate(new MapIndicatorCommand(Guid.Empty, "stopa-bezrobocia", -1)).Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }
}
