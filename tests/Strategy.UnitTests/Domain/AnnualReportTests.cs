using Strategy.Application.Monitoring;
using Strategy.Application.Reports;
using Strategy.Domain.Common;
using Strategy.Domain.Reports;

namespace Strategy.UnitTests.Domain;

public sealed class AnnualReportTests
{
    [Fact]
    public void Texts_are_trimmed_and_empty_commentaries_are_left_out()
    {
        var report = new AnnualReport(Guid.NewGuid(), 2020);
        var (kept, empty) = (Guid.NewGuid(), Guid.NewGuid());

        report.Write("  Wprowadzenie.  ", " ", new Dictionary<Guid, string?> { [kept] = " Komentarz ", [empty] = "  " });

        Assert.Equal("Wprowadzenie.", report.Introduction);
        Assert.Null(report.Coordinator);
        Assert.Equal([new ReportCommentary(kept, "Komentarz")], report.Commentaries);
    }

    [Fact]
    public void Too_long_a_text_is_refused_with_its_field_named()
    {
        var report = new AnnualReport(Guid.NewGuid(), 2020);

        var error = Assert.Throws<DomainException>(() => report.Write(null, null, new Dictionary<Guid, string?> { [Guid.NewGuid()] = new string('x', AnnualReport.CommentaryLimit + 1) }));

        Assert.Contains("Komentarz do celu", error.Message);
        Assert.Empty(report.Commentaries);
    }

    [Fact]
    public void Publications_are_numbered_from_one()
    {
        var report = new AnnualReport(Guid.NewGuid(), 2020);

        Assert.Equal([1, 2, 3], [report.NextPublication(), report.NextPublication(), report.NextPublication()]);
        Assert.Equal(3, report.PublishedVersions);
    }

    [Theory]
    [InlineData(2, 1, 1, 75)]
    [InlineData(0, 0, 3, 0)]
    [InlineData(1, 1, 1, 67)]
    [InlineData(0, 0, 0, 0)]
    public void Completeness_counts_values_and_reported_no_data_against_all_indicators(int withValue, int noData, int missing, int percent)
    {
        var summary = new ReportSummary(TaskProgressCountDto.Of([]), 0, 0, 0, withValue, noData, missing);

        Assert.Equal(percent, summary.CompletenessPercent);
    }
}
