using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Monitoring;
using Strategy.Application.Reports;
using Strategy.Domain.Monitoring;
using static Strategy.Infrastructure.Documents.WordBlocks;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// The annual report's text in reading order: title page, contents, the year's summary (per goal: tasks,
/// indicators against targets, largest changes, money), introduction, a section for each goal with tables only of
/// what was reported. Every table follows a caption or heading, since Word merges two tables that touch.
/// </summary>
internal sealed class ReportBody
{
    private const string NotReported = "nie zgłoszono";

    private readonly Body body = new();
    private readonly int year;

    private ReportBody(int year) => this.year = year;

    public static Body Write(AnnualReportModel report)
    {
        var writer = new ReportBody(report.TitlePage.Year);
        writer.TitlePage(report.TitlePage);
        var introduction = Given(report.Introduction);
        writer.Add(Caption("Spis treści"));
        writer.Add(Contents([.. new[] { "Podsumowanie roku", introduction is null ? null : "Wprowadzenie" }.OfType<string>(), .. report.Goals.Select(g => HeadingText(g.Element))]));
        writer.Add(PageBreak());

        // A council member reads the year first, then whatever detail they want.
        writer.Summary(report.Summary, report.Goals);
        if (introduction is not null)
        {
            writer.Add(Heading(1, "Wprowadzenie"));
            writer.Add(Paragraphs(introduction));
        }

        foreach (var goal in report.Goals)
        {
            writer.Goal(goal);
        }

        return writer.body;
    }

    private void TitlePage(ReportTitlePage page)
    {
        var title = Styled(WordStyles.TitleStyleId, Run("Raport z realizacji"));
        // A third of the way down the page, as title pages of such reports are set.
        title.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "3600" });
        Add(title, Styled(WordStyles.TitleStyleId, Run(page.StrategyTitle)));
        if (Given(page.Period) is { } period && !page.TitleNamesPeriod)
        {
            Add(Centered(Run($"na lata {period}", bold: true)));
        }

        Add(Centered(Run($"za rok {page.Year}", bold: true)), Centered(Run(page.Municipality)));
        if (Given(page.AdoptionResolution) is { } resolution)
        {
            Add(Centered(Run(resolution)));
        }

        if (Given(page.Coordinator) is { } coordinator)
        {
            Add(Centered(Run("Koordynator realizacji: "), Run(coordinator)));
        }

        Add(PageBreak());
    }

    private void Goal(ReportGoal goal)
    {
        Add(Heading(1, HeadingText(goal.Element)));
        if (Given(goal.Notice) is { } notice)
        {
            Add(Paragraphs(notice, italic: true));
        }

        if (Given(goal.Commentary) is { } commentary)
        {
            Add(Caption("Komentarz koordynatora"));
            Add(Paragraphs(commentary));
        }

        Content(goal.Element, level: 1);
    }

    /// <param name="level">The heading level of the element itself.</param>
    private void Content(ReportElement element, int level)
    {
        Institutions("Realizatorzy", element.Implementers);
        Institutions("Koordynatorzy", element.Coordinators);
        Institutions("Partnerzy", element.Partners);
        if (Given(element.Funding) is { } funding)
        {
            Add(Labelled("Źródła finansowania", funding));
        }

        if (Given(element.TimeFrame) is { } timeFrame)
        {
            Add(Labelled("Termin realizacji", timeFrame));
        }

        // Tables only of what was reported; the rest named in one line, so the report reads as a report, not a form.
        var reported = element.Indicators.Where(i => i.Value is not null).ToList();
        if (reported.Count > 0)
        {
            Add(Caption("Wskaźniki"), Indicators(reported));
        }

        if (element.Indicators.Where(i => i.Value is null).Select(i => i.Name).ToList() is { Count: > 0 } silent)
        {
            Add(Labelled($"Wskaźniki bez zatwierdzonej wartości za {year}", string.Join("; ", silent)));
        }

        var tasks = element.Children.Where(c => c.IsTask).ToList();
        if (tasks.Where(t => t.Progress?.Status is not null).ToList() is { Count: > 0 } done)
        {
            Add(Caption("Zadania"), Tasks(done));
        }

        if (tasks.Where(t => t.Progress?.Status is null).Select(t => t.Code).ToList() is { Count: > 0 } unreported)
        {
            Add(Labelled($"Zadania bez zatwierdzonego sprawozdania za {year}", string.Join(", ", unreported)));
        }

        // Titles alone come before the sub-headings, under which they would read as part of the last section.
        foreach (var group in element.Children.Where(c => !c.IsTask && !c.HasContent).GroupBy(c => c.LevelName))
        {
            Add(Caption(group.Key));
            Add(group.Select(c => Indented(Numbered(c))));
        }

        foreach (var child in element.Children.Where(c => !c.IsTask && c.HasContent))
        {
            Add(Heading(level + 1, HeadingText(child)));
            Content(child, level + 1);
        }
    }

    private void Institutions(string label, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            Add(Labelled(label, string.Join(", ", names)));
        }
    }

    private Table Indicators(IReadOnlyList<ReportIndicator> indicators) => Table(
        [("Wskaźnik", 27), ($"Wartość za {year}", 18), ("Cel", 15), ("Ocena", 16), ("Źródło danych / uwagi", 24)],
        indicators.Select(i => Row(
            i.Name,
            Given(i.NoDataReason) is { } reason ? $"brak danych ({reason})" : i.Value ?? NotReported,
            i.Target,
            i.Target is null ? "brak wartości docelowej" : TrendStatusText.Of(i.Status),
            Joined("; ", i.DataSource, i.Note))));

    private static Table Tasks(IEnumerable<ReportElement> tasks) => Table(
        [("Kod", 8), ("Zadanie", 27), ("Realizacja", 20), ("Stan", 16), ("Opis realizacji", 29)],
        tasks.Select(task =>
        {
            var progress = task.Progress;
            var who = Joined(", ", [.. task.Coordinators.Concat(task.Implementers).Distinct()]);
            // Partners have no column of their own; they go with those who carry the task out.
            var partners = Joined(", ", [.. task.Partners]);
            var expenses = (Given(progress?.Planned), Given(progress?.Spent)) switch
            {
                ({ } planned, { } spent) => $"Wydatki: {spent} z {planned} planowanych",
                (null, { } spent) => $"Wydatki: {spent}",
                ({ } planned, null) => $"Planowane wydatki: {planned}",
                _ => null,
            };

            return new[]
            {
                Cell(task.Code),
                Cell(task.Title),
                Cell(who)
                    .Concat(partners is null ? [] : [Labelled("Partnerzy", partners)])
                    .Concat(Given(task.Funding) is { } funding ? [Labelled("Finansowanie", funding)] : [])
                    .Concat(Given(task.TimeFrame) is { } timeFrame ? [Labelled("Termin", timeFrame)] : []),
                Cell(progress?.Status is { } status ? TaskProgressText.Of(status) : NotReported),
                Cell(progress?.Narrative).Concat(Cell(expenses)),
            };
        }));

    private void Summary(ReportSummary summary, IReadOnlyList<ReportGoal> goals)
    {
        Add(Heading(1, "Podsumowanie roku"));
        Goals(goals);
        var tasks = summary.Tasks;
        if (tasks.Total > 0)
        {
            Add(Heading(2, "Zadania"));
            Add(Table(
                [("Stan realizacji", 70), ("Liczba zadań", 30)],
                [
                    Count(TaskProgressText.Of(TaskProgress.NotStarted), tasks.NotStarted),
                    Count(TaskProgressText.Of(TaskProgress.InProgress), tasks.InProgress),
                    Count(TaskProgressText.Of(TaskProgress.Done), tasks.Done),
                    Count(TaskProgressText.Of(TaskProgress.Ongoing), tasks.Ongoing),
                    Count(TaskProgressText.Of(TaskProgress.Suspended), tasks.Suspended),
                    Count(NotReported, tasks.NotReported),
                    Bold("razem", tasks.Total.ToString(CultureInfo.InvariantCulture)),
                ]));
        }

        if (summary.Indicators > 0)
        {
            Add(Heading(2, "Wskaźniki"));
            Add(Table(
                [($"Dane za {year}", 70), ("Liczba wskaźników", 30)],
                [
                    Count("z wartością", summary.IndicatorsWithValue),
                    Count("brak danych", summary.IndicatorsNoData),
                    Count(NotReported, summary.IndicatorsMissing),
                    Bold("razem", summary.Indicators.ToString(CultureInfo.InvariantCulture)),
                    Row("kompletność danych", $"{summary.CompletenessPercent}\u00A0%"),
                ]));
            Add(Caption("Ocena względem celów strategii"));
            Add(Table(
                [("Ocena", 70), ("Liczba wskaźników", 30)],
                [
                    Count(TrendStatusText.Of(TrendStatus.OnTrack), summary.OnTrack),
                    Count(TrendStatusText.Of(TrendStatus.OffTrack), summary.OffTrack),
                    Count(TrendStatusText.Of(TrendStatus.NoData), summary.NotJudged),
                ]));
        }

        if (tasks.Total == 0 && summary.Indicators == 0)
        {
            Add(Plain(Run("Strategia nie ma zadań ani wskaźników do podsumowania.")));
        }
    }

    /// <summary>Per goal: its tasks, its indicators against their targets and its money in one table; its largest changes below.</summary>
    private void Goals(IReadOnlyList<ReportGoal> goals)
    {
        var summarised = goals.Where(g => g.Summary is not null).ToList();
        if (summarised.Count == 0)
        {
            return;
        }

        Add(Table(
            [("Cel", 34), ("Zadania", 26), ("Wskaźniki", 20), ("Wydatki", 20)],
            summarised.Select(g => Row(HeadingText(g.Element), g.Summary!.TasksText, g.Summary.IndicatorsText, g.Summary.MoneyText))));

        foreach (var goal in summarised.Where(g => g.Summary!.Changes.Count > 0))
        {
            Add(Caption($"Największe zmiany względem {year - 1}: {HeadingText(goal.Element)}"));
            Add(goal.Summary!.Changes.Select(Indented));
        }
    }

    private static IEnumerable<Paragraph>[] Count(string label, int count) => Row(label, count.ToString(CultureInfo.InvariantCulture));

    private static IEnumerable<Paragraph>[] Bold(string label, string value) =>
        [[Plain(Run(label, bold: true))], [Plain(Run(value, bold: true))]];

    private static IEnumerable<Paragraph>[] Row(params string?[] cells) => [.. cells.Select(Cell)];

    private static IEnumerable<Paragraph> Cell(string? text) => Given(text) is { } given ? Paragraphs(given) : [];

    /// <summary>"Cel strategiczny 1. Wsparcie rodzin", the way the strategy itself heads its goals.</summary>
    private static string HeadingText(ReportElement element) => $"{element.LevelName} {Numbered(element)}".Trim();

    /// <summary>"1.2. Title", without a second dot when the code already ends with one.</summary>
    private static string Numbered(ReportElement element) => Given(element.Code) switch
    {
        null => element.Title,
        var code when code.EndsWith('.') => $"{code} {element.Title}",
        var code => $"{code}. {element.Title}",
    };

    private static string? Joined(string separator, params string?[] parts) =>
        Given(string.Join(separator, parts.Select(Given).OfType<string>()));

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Add(params OpenXmlElement[] blocks) => body.Append(blocks);

    private void Add(IEnumerable<OpenXmlElement> blocks) => body.Append(blocks);
}
