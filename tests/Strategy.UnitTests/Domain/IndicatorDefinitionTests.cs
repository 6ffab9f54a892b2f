using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

public sealed class IndicatorDefinitionTests
{
    private static Indicator NewIndicator()
    {
        var strategy = new MunicipalStrategy("Strategia", 2014, 2020, null, ["Cel strategiczny"]);
        var indicator = strategy.AddElement(null, "2", "Promocja zatrudnienia").AddIndicator("Wielkość stopy bezrobocia", "%", "dane PUP");
        indicator.SetBaseline(2013, 12.4m);
        indicator.SetTarget(2020, 10m);
        return indicator;
    }

    [Fact]
    public void The_definition_is_replaced_as_a_whole()
    {
        var indicator = NewIndicator();
        var ops = new Institution("Ośrodek Pomocy Społecznej");

        indicator.Define("  Liczba rodzin objętych pomocą  ", " rodziny ", " dane OPS ", IndicatorDirection.Decrease, (2015, 1234.5m), (2025, 900m), ops);

        Assert.Equal("Liczba rodzin objętych pomocą", indicator.Name);
        Assert.Equal("rodziny", indicator.Unit);
        Assert.Equal("dane OPS", indicator.DataSource);
        Assert.Equal(IndicatorDirection.Decrease, indicator.Direction);
        Assert.Equal((2015, 1234.5m), (indicator.BaselineYear, indicator.BaselineValue));
        Assert.Equal((2025, 900m), (indicator.TargetYear, indicator.TargetValue));
        Assert.Equal(ops.Id, indicator.SupplierInstitutionId);
    }

    [Fact]
    public void Baseline_target_supplier_unit_and_source_may_be_cleared()
    {
        var indicator = NewIndicator();
        indicator.AssignSupplier(new Institution("Powiatowy Urząd Pracy"));

        indicator.Define("Wielkość stopy bezrobocia", " ", null, IndicatorDirection.Unspecified, null, null, null);

        Assert.Null(indicator.Unit);
        Assert.Null(indicator.DataSource);
        Assert.Null(indicator.BaselineYear);
        Assert.Null(indicator.BaselineValue);
        Assert.Null(indicator.TargetYear);
        Assert.Null(indicator.TargetValue);
        Assert.Null(indicator.SupplierInstitutionId);
    }

    [Fact]
    public void A_baseline_and_target_of_the_same_year_are_allowed()
    {
        var indicator = NewIndicator();

        indicator.Define("Wielkość stopy bezrobocia", "%", null, IndicatorDirection.Decrease, (2020, 11.6m), (2020, 10m), null);

        Assert.Equal((2020, 2020), (indicator.BaselineYear, indicator.TargetYear));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_name_is_required(string name)
    {
        var error = Assert.Throws<DomainException>(() => NewIndicator().Define(name, null, null, IndicatorDirection.Unspecified, null, null, null));

        Assert.Equal("Nazwa wskaźnika jest wymagana.", error.Message);
    }

    [Fact]
    public void Texts_longer_than_their_columns_are_refused_with_the_field_named()
    {
        var indicator = NewIndicator();

        var name = Assert.Throws<DomainException>(() => indicator.Define(new string('n', TextLimits.IndicatorName + 1), null, null, IndicatorDirection.Unspecified, null, null, null));
        var unit = Assert.Throws<DomainException>(() => indicator.Define("Wskaźnik", new string('u', TextLimits.Unit + 1), null, IndicatorDirection.Unspecified, null, null, null));
        var source = Assert.Throws<DomainException>(() => indicator.Define("Wskaźnik", null, new string('s', TextLimits.DataSource + 1), IndicatorDirection.Unspecified, null, null, null));

        Assert.StartsWith("Nazwa wskaźnika może mieć najwyżej", name.Message);
        Assert.StartsWith("Jednostka wskaźnika „Wskaźnik” może mieć najwyżej 50 znaków", unit.Message);
        Assert.StartsWith("Źródło danych wskaźnika „Wskaźnik” może mieć najwyżej", source.Message);
    }

    [Fact]
    public void Texts_at_their_limits_are_accepted()
    {
        var indicator = NewIndicator();

        indicator.Define(new string('n', TextLimits.IndicatorName), new string('u', TextLimits.Unit), new string('s', TextLimits.DataSource), IndicatorDirection.Increase, null, null, null);

        Assert.Equal(TextLimits.Unit, indicator.Unit!.Length);
    }

    [Fact]
    public void The_baseline_may_not_come_after_the_target()
    {
        var error = Assert.Throws<DomainException>(() =>
            NewIndicator().Define("Wielkość stopy bezrobocia", "%", null, IndicatorDirection.Decrease, (2021, 11.6m), (2020, 10m), null));

        Assert.Equal("Rok wartości bazowej wskaźnika „Wielkość stopy bezrobocia” (2021) nie może być późniejszy niż rok wartości docelowej (2020).", error.Message);
    }

    [Theory]
    [InlineData(1989, null, "bazowej")]
    [InlineData(2101, null, "bazowej")]
    [InlineData(null, 1989, "docelowej")]
    [InlineData(null, 2101, "docelowej")]
    public void Years_lie_between_1990_and_2100(int? baselineYear, int? targetYear, string which)
    {
        var error = Assert.Throws<DomainException>(() => NewIndicator().Define(
            "Wielkość stopy bezrobocia", "%", null, IndicatorDirection.Decrease,
            baselineYear is { } b ? (b, 1m) : null,
            targetYear is { } t ? (t, 1m) : null,
            null));

        Assert.Contains($"Rok wartości {which}", error.Message);
        Assert.Contains("1990–2100", error.Message);
    }

    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void The_boundary_years_are_allowed(int year)
    {
        var indicator = NewIndicator();

        indicator.Define("Wielkość stopy bezrobocia", "%", null, IndicatorDirection.Decrease, (year, 1m), (year, 2m), null);

        Assert.Equal(year, indicator.BaselineYear);
    }

    [Fact]
    public void An_unknown_direction_is_refused()
    {
        Assert.Throws<DomainException>(() => NewIndicator().Define("Wskaźnik", null, null, (IndicatorDirection)7, null, null, null));
    }

    [Fact]
    public void A_refused_definition_changes_nothing()
    {
        var indicator = NewIndicator();

        Assert.Throws<DomainException>(() => indicator.Define("Nowa nazwa", "osoby", "nowe źródło", IndicatorDirection.Increase, (2030, 1m), (2025, 2m), null));

        Assert.Equal("Wielkość stopy bezrobocia", indicator.Name);
        Assert.Equal("%", indicator.Unit);
        Assert.Equal("dane PUP", indicator.DataSource);
        Assert.Equal(IndicatorDirection.Unspecified, indicator.Direction);
        Assert.Equal((2013, 12.4m), (indicator.BaselineYear, indicator.BaselineValue));
        Assert.Equal((2020, 10m), (indicator.TargetYear, indicator.TargetValue));
    }

    [Fact]
    public void The_values_by_year_stay()
    {
        var indicator = NewIndicator();
        indicator.Record(2019, new MeasurementValue(11.6m, "%", false, null, null));

        indicator.Define("Stopa bezrobocia", "%", null, IndicatorDirection.Decrease, null, null, null);

        Assert.Equal(2019, Assert.Single(indicator.Measurements).Year);
    }
}
