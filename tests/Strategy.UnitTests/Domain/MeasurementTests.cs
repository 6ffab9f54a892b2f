using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

public sealed class MeasurementTests
{
    private static Indicator NewIndicator()
    {
        var strategy = new MunicipalStrategy("Strategia", 2014, 2020, null, ["Cel strategiczny"]);
        return strategy.AddElement(null, "2", "Promocja zatrudnienia").AddIndicator("Wielkość stopy bezrobocia", "%", null);
    }

    [Fact]
    public void A_value_with_its_unit_is_recorded_for_a_year()
    {
        var m = NewIndicator().Record(2020, new MeasurementValue(11.6m, "%", false, null, null));

        Assert.Equal((2020, 11.6m, "%", false), (m.Year, m.Value!.Value, m.Unit, m.NoData));
    }

    [Fact]
    public void No_data_keeps_its_reason_and_note_but_no_value()
    {
        var m = NewIndicator().Record(2020, new MeasurementValue(null, null, true, "program nie był realizowany", "zajęcia zawieszono z powodu pandemii"));

        Assert.True(m.NoData);
        Assert.Null(m.Value);
        Assert.Equal("program nie był realizowany", m.NoDataReason);
        Assert.Equal("zajęcia zawieszono z powodu pandemii", m.Note);
    }

    [Fact]
    public void A_breakdown_alone_is_a_value()
    {
        var parts = new[] { new MeasurementPartValue("bezrobocia", 300), new MeasurementPartValue("ubóstwa", 331), new MeasurementPartValue("bezdomności", 6) };

        var m = NewIndicator().Record(2020, new MeasurementValue(null, null, false, null, null, parts));

        Assert.Equal(["bezrobocia", "ubóstwa", "bezdomności"], m.Parts.Select(p => p.Label));
        Assert.Equal([300m, 331m, 6m], m.Parts.Select(p => p.Value));
        Assert.Equal([1, 2, 3], m.Parts.Select(p => p.Order));
    }

    [Fact]
    public void A_value_and_no_data_exclude_each_other()
    {
        Assert.Throws<DomainException>(() => new MeasurementValue(5m, null, true, null, null));
    }

    [Fact]
    public void Nothing_at_all_is_not_a_measurement()
    {
        var error = Assert.Throws<DomainException>(() => new MeasurementValue(null, null, false, null, "tylko uwaga"));
        Assert.Contains("brak danych", error.Message);
    }

    [Fact]
    public void Breakdown_labels_are_distinct()
    {
        var parts = new[] { new MeasurementPartValue("ubóstwa", 1), new MeasurementPartValue("Ubóstwa", 2) };
        Assert.Throws<DomainException>(() => new MeasurementValue(null, null, false, null, null, parts));
    }

    [Fact]
    public void One_measurement_per_indicator_and_year()
    {
        var indicator = NewIndicator();
        indicator.Record(2020, new MeasurementValue(11.6m, "%", false, null, null));

        var error = Assert.Throws<DomainException>(() => indicator.Record(2020, new MeasurementValue(12m, "%", false, null, null)));
        Assert.Contains("2020", error.Message);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void Years_outside_a_sane_range_are_refused(int year)
    {
        Assert.Throws<DomainException>(() => NewIndicator().Record(year, new MeasurementValue(1m, null, false, null, null)));
    }
}
