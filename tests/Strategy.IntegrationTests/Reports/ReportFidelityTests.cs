namespace Strategy.IntegrationTests.Reports;

/// <summary>
/// Our report for Krasnystaw 2020, generated from the seeded data, says everything Krasnystaw's own
/// report (seed 003) says — every strategic goal, operational goal, implementer list and 2020 value —
/// each within its goal's chapter, in the HTML page as in the Word file.
/// </summary>
public sealed class ReportFidelityTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task The_krasnystaw_2020_report_page_holds_all_of_seed_003()
    {
        var (coordinator, strategy) = await CoordinatorAsync();

        var page = await coordinator.GetStringAsync($"/krasnystaw/strategie/{strategy}/raporty/2020");

        AssertHoldsSeed003(ReportText.OfHtml(page));
    }

    [Fact]
    public async Task The_krasnystaw_2020_word_file_holds_all_of_seed_003()
    {
        var (coordinator, strategy) = await CoordinatorAsync();

        var docx = await coordinator.GetByteArrayAsync($"/api/v1/krasnystaw/strategies/{strategy}/reports/2020.docx");

        AssertHoldsSeed003(ReportText.OfDocx(docx));
    }

    private static void AssertHoldsSeed003(string report)
    {
        var goals = Seed003.Goals();
        Assert.Equal(8, goals.Count);
        Assert.Equal(32, goals.Sum(g => g.OperationalGoals.Count));
        Assert.Equal(["11,6", "836", "64", "64", "300", "331", "6", "brak danych", "brak danych", "6"], goals[1].Values); // numbers as written, breakdowns included
        Assert.Equal(22, goals.Sum(g => g.Values.Count(v => char.IsDigit(v[0]))));
        Assert.Contains("Uchwała nr IV/13/2014 Rady Miasta Krasnostaw", report);
        Assert.Matches(@"2014\s*[–-]\s*2020", report); // the period, on the cover or in the title that already says it

        foreach (var goal in goals)
        {
            var chapter = Chapter(report, goal.Number);
            Assert.StartsWith(goal.Title, chapter);
            Assert.All(goal.OperationalGoals, o => Assert.Contains(o, chapter));
            Assert.Contains("Realizatorzy: " + goal.Implementers, chapter);
            Assert.All(goal.Values, v => Assert.Matches($@"(?<![\d,]){System.Text.RegularExpressions.Regex.Escape(v)}(?![\d]|,\d)", chapter));
        }
    }

    /// <summary>A goal's chapter: from its heading (the last mention: contents and the year in brief name it first) to the next goal's, the summary or the end.</summary>
    private static string Chapter(string report, int number)
    {
        var heading = $"Cel strategiczny {number}. ";
        var start = report.LastIndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chapter for goal {number}");
        var next = report.IndexOf($"Cel strategiczny {number + 1}. ", start, StringComparison.Ordinal);
        var summary = report.IndexOf("Podsumowanie", start, StringComparison.Ordinal);
        var end = next >= 0 ? next : summary >= 0 ? summary : report.Length;
        return report[(start + heading.Length)..end];
    }

    private async Task<(HttpClient Client, Guid Strategy)> CoordinatorAsync() =>
        (await SignIn.AsAsync(app, "koordynator@krasnystaw.demo"), (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId);
}
