using Strategy.Application.Monitoring;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

public sealed class MonitoringRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly MunicipalStrategy Strategy = new("Strategia", 2021, 2027, null, ["Cel"]);

    private static ReportingRound Round() => new(Strategy, 2025, new DateOnly(2027, 1, 31), Now);

    private static MeasurementEntry Entry(ReportingRound round) => new(Guid.NewGuid(), round, new MeasurementValue(836, null, false, null, null), "Partner", Now);

    [Theory]
    [InlineData(2020)]
    [InlineData(2028)]
    public void A_round_outside_the_strategy_period_is_refused(int year)
    {
        var e = Assert.Throws<DomainException>(() => new ReportingRound(Strategy, year, new DateOnly(2027, 1, 31), Now));

        Assert.Equal($"Rok {year} jest poza okresem strategii (2021–2027).", e.Message);
    }

    [Fact]
    public void A_round_with_a_deadline_already_past_is_refused()
    {
        Assert.Throws<DomainException>(() => new ReportingRound(Strategy, 2025, new DateOnly(2026, 11, 22), Now));
    }

    [Fact]
    public void A_report_goes_from_draft_to_submitted_to_approved()
    {
        var round = Round();
        var entry = Entry(round);
        Assert.Equal(ReviewStatus.Draft, entry.Status);

        entry.Submit(round, "Partner", Now);
        Assert.Equal(ReviewStatus.Submitted, entry.Status);
        Assert.Throws<DomainException>(() => entry.Change(round, new MeasurementValue(1, null, false, null, null), "Partner", Now));
        Assert.Throws<DomainException>(() => entry.Submit(round, "Partner", Now));

        entry.Approve("Koordynator", Now);
        Assert.Equal((ReviewStatus.Approved, "Koordynator"), (entry.Status, entry.ReviewedBy));
        Assert.Throws<DomainException>(() => entry.Approve("Koordynator", Now));
    }

    [Fact]
    public void A_return_needs_a_comment_the_partner_reads_and_a_correction_is_a_draft_again()
    {
        var round = Round();
        var entry = Entry(round);
        entry.Submit(round, "Partner", Now);

        Assert.Throws<DomainException>(() => entry.Return(" ", "Koordynator", Now));
        entry.Return("Proszę o dane z rejestru.", "Koordynator", Now);
        Assert.Equal((ReviewStatus.Returned, "Proszę o dane z rejestru."), (entry.Status, entry.ReviewComment));

        entry.Change(round, new MeasurementValue(840, null, false, null, null), "Partner", Now);
        Assert.Equal((ReviewStatus.Draft, 840m), (entry.Status, entry.Value!.Value));
    }

    [Fact]
    public void Only_a_submitted_report_can_be_reviewed()
    {
        var entry = Entry(Round());

        Assert.Throws<DomainException>(() => entry.Approve("Koordynator", Now));
        Assert.Throws<DomainException>(() => entry.Return("Źle", "Koordynator", Now));
    }

    [Fact]
    public void A_closed_round_takes_no_more_reports()
    {
        var round = Round();
        var entry = Entry(round);
        round.Close(Now);

        var e = Assert.Throws<DomainException>(() => entry.Change(round, new MeasurementValue(1, null, false, null, null), "Partner", Now));
        Assert.Equal("Runda sprawozdawcza za rok 2025 jest zamknięta: wartości nie można już zmieniać.", e.Message);
        Assert.Throws<DomainException>(() => Entry(round));
    }

    [Fact]
    public void A_report_keeps_its_breakdown_parts()
    {
        var round = Round();
        var parts = new List<MeasurementPartValue> { new("bezrobocia", 300), new("ubóstwa", 331) };

        var entry = new MeasurementEntry(Guid.NewGuid(), round, new MeasurementValue(null, null, false, null, null, parts), "Partner", Now);

        Assert.Equal(parts, entry.Reported.Parts);
    }

    [Fact]
    public void Approving_replaces_the_years_value_and_gives_back_the_one_replaced()
    {
        var indicator = new MunicipalStrategy("S", 2014, 2020, null, ["Cel"]).AddElement(null, "1", "Cel").AddIndicator("Liczba osób", "osoby", null);
        indicator.Record(2020, new MeasurementValue(300, "osoby", false, null, null, [new("kobiety", 160)]));

        var replaced = indicator.Approve(2020, new MeasurementValue(310, "osoby", false, null, null));
        var added = indicator.Approve(2019, new MeasurementValue(null, null, true, "brak badania", null));

        Assert.Equal("300 osoby; kobiety: 160", replaced!.Describe());
        Assert.Null(added);
        Assert.Equal(310m, indicator.Measurements.Single(m => m.Year == 2020).Value);
        Assert.Empty(indicator.Measurements.Single(m => m.Year == 2020).Parts);
        Assert.True(indicator.Measurements.Single(m => m.Year == 2019).NoData);
    }

    [Theory]
    [InlineData(1234.5, "%", null, "1 234,5 %")]
    [InlineData(11.6, null, "szacunek", "11,6 (szacunek)")]
    public void A_value_reads_as_one_line_of_Polish(double value, string? unit, string? note, string expected)
    {
        Assert.Equal(expected, new MeasurementValue((decimal)value, unit, false, null, note).Describe());
    }

    [Fact]
    public void No_data_reads_with_its_reason()
    {
        Assert.Equal("brak danych (pandemia)", new MeasurementValue(null, null, true, "pandemia", null).Describe());
    }

    [Theory]
    [InlineData("bezrobocia: 300; ubóstwa: 1 331,5", 2)]
    [InlineData("", 0)]
    public void Parts_typed_in_a_form_are_read(string text, int count)
    {
        Assert.Equal(count, ReportedValueText.Parts(text, out var error)!.Count);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("300")]
    [InlineData("bezrobocia: dużo")]
    public void Parts_without_a_name_or_a_number_are_refused_with_the_reason(string text)
    {
        Assert.Null(ReportedValueText.Parts(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void An_approved_task_progress_stays_approved_while_its_correction_waits()
    {
        var round = Round();
        var report = new TaskReport(Guid.NewGuid(), round, TaskProgress.InProgress, "Poradnictwo", 1000, 800, "Partner", Now);
        report.Submit(round, "Partner", Now);
        report.Approve("Koordynator", Now);

        report.Change(round, TaskProgress.Done, "Zakończono", 1000, 1000, "Partner", Now);

        Assert.Equal((ReviewStatus.Draft, TaskProgress.Done), (report.Status, report.Progress));
        Assert.Equal((TaskProgress.InProgress, "Poradnictwo", 800m), (report.ApprovedProgress!.Value, report.ApprovedNarrative, report.ApprovedSpentAmount!.Value));
    }

    [Fact]
    public void Task_amounts_cannot_be_negative()
    {
        Assert.Throws<DomainException>(() => new TaskReport(Guid.NewGuid(), Round(), TaskProgress.Done, null, -1, null, "Partner", Now));
    }
}
