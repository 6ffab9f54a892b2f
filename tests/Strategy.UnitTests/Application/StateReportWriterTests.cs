using Strategy.Application.Monitoring;
using Strategy.Application.Reports;
using Strategy.Application.Reports.StateReport;
using Strategy.Domain.Monitoring;

namespace Strategy.UnitTests.Application;

/// <summary>The raport o stanie gminy chapter's sentences: counts with their Polish forms, each part only when there is something to say.</summary>
public sealed class StateReportWriterTests
{
    [Theory]
    [InlineData(1, 0, 0, 0, "W 2025 r. zakończono 1\u00A0zadanie.")]
    [InlineData(3, 2, 1, 0, "W 2025 r. zakończono 3\u00A0zadania, realizowano 2\u00A0zadania i nie rozpoczęto lub wstrzymano 1\u00A0zadania.")]
    [InlineData(5, 0, 12, 2, "W 2025 r. zakończono 5\u00A0zadań i nie rozpoczęto lub wstrzymano 12\u00A0zadań. Dla 2\u00A0zadań nie zatwierdzono sprawozdania z realizacji.")]
    [InlineData(0, 22, 0, 1, "W 2025 r. realizowano 22\u00A0zadania. Dla 1\u00A0zadania nie zatwierdzono sprawozdania z realizacji.")]
    public void Tasks_are_counted_in_the_form_their_number_takes(int done, int inProgress, int notStarted, int notReported, string expected)
    {
        var tasks = new TaskProgressCountDto(notStarted, inProgress, done, 0, 0, notReported);

        var chapter = StateReportWriter.Write(Report(2025, Goal(tasks, [Value("Liczba rodzin", TrendStatus.OnTrack)], changes: [], planned: null, spent: null)), null, adopted: true, outsidePeriod: false);

        Assert.StartsWith(expected, chapter.Goals[0].Paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("98\u00A0450,20\u00A0zł", "90\u00A0000,00\u00A0zł", "Na zadania tego celu zaplanowano 98\u00A0450,20\u00A0zł, a wydano 90\u00A0000,00\u00A0zł.")]
    [InlineData("98\u00A0450,20\u00A0zł", null, "Na zadania tego celu zaplanowano 98\u00A0450,20\u00A0zł; wydatków nie zgłoszono.")]
    [InlineData(null, "90\u00A0000,00\u00A0zł", "Na zadania tego celu wydano 90\u00A0000,00\u00A0zł.")]
    public void Money_planned_and_spent_is_said_as_far_as_it_was_reported(string? planned, string? spent, string expected)
    {
        var chapter = StateReportWriter.Write(Report(2025, Goal(new TaskProgressCountDto(0, 0, 1, 0, 0, 0), [Value("A", TrendStatus.OnTrack)], ["„A”: 2 → 3 (+50\u00A0%)"], planned, spent)), null, adopted: true, outsidePeriod: false);

        Assert.EndsWith(expected, chapter.Goals[0].Paragraph, StringComparison.Ordinal);
        Assert.True(chapter.Goals[0].Paragraph.Contains("Największa zmiana wobec 2024 r.: „A”: 2 → 3 (+50\u00A0%).", StringComparison.Ordinal), chapter.Goals[0].Paragraph);
    }

    [Fact]
    public void Indicators_against_their_targets_and_a_draft_strategy_are_said_plainly()
    {
        var goal = Goal(new TaskProgressCountDto(0, 0, 0, 0, 0, 0), [Value("A", TrendStatus.OnTrack), Value("B", TrendStatus.OffTrack), Value("C", TrendStatus.OnTrack), NoData("D")], [], null, null);

        var chapter = StateReportWriter.Write(Report(2025, goal), null, adopted: false, outsidePeriod: false);

        Assert.Equal("Zatwierdzono wartości 3\u00A0wskaźników z 4; wobec wartości docelowych zgodnie z celem: 2, poza celem: 1. Dla 1\u00A0wskaźnika podano „brak danych”.", chapter.Goals[0].Paragraph);
        Assert.Contains("Strategia ma na platformie status projektu", chapter.Introduction[0], StringComparison.Ordinal);
        Assert.Equal(["A", "B", "C"], chapter.KeyIndicators.Select(r => r.Indicator));
    }

    private static AnnualReportModel Report(int year, ReportGoal goal) =>
        new(new ReportTitlePage("Gmina Próbna", "Strategia Rozwiązywania Problemów Społecznych Gminy Próbnej", "2021–2027", null, "Ośrodek Pomocy Społecznej", year), null, [goal],
            new ReportSummary(new TaskProgressCountDto(0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0, 0));

    private static ReportGoal Goal(TaskProgressCountDto tasks, IReadOnlyList<ReportIndicator> indicators, IReadOnlyList<string> changes, string? planned, string? spent)
    {
        var children = Enumerable.Range(1, tasks.Total).Select(i => new ReportElement(Guid.NewGuid(), "Zadanie", $"1.{i}", "Zadanie", 2, [], [], [], null, null, [], true, null, [])).ToList();
        var element = new ReportElement(Guid.NewGuid(), "Cel strategiczny", "1", "Rodzina", 1, [], [], [], null, null, indicators, false, null, children);
        return new ReportGoal(element, null, null, new ReportGoalSummary(tasks, 0, 0, 0, changes, planned, spent));
    }

    private static ReportIndicator Value(string name, TrendStatus status) => new(name, null, null, "12", null, null, "20 w 2027 r.", status);

    private static ReportIndicator NoData(string name) => new(name, null, null, ReportIndicator.NoDataText, "nie badano", null, null, TrendStatus.NoData);
}
