using Strategy.Application.Common.Text;
using Strategy.Application.Monitoring;

namespace Strategy.Application.Reports.StateReport;

/// <summary>
/// Writes the raport o stanie gminy chapter from the year's report and the year before's: the same text from the
/// same data every time (templates, no wording left to chance), numbers and plurals the Polish way.
/// </summary>
public static class StateReportWriter
{
    /// <summary>Enough for a table the chapter's two to five pages hold.</summary>
    public const int KeyIndicatorLimit = 12;

    private const string None = "–";

    /// <param name="report">The year's report (approved data only).</param>
    /// <param name="previous">The year before's, for the changes and the table's first column of values; null when outside the period.</param>
    /// <param name="adopted">Whether the strategy is marked as adopted by the council.</param>
    /// <param name="outsidePeriod">Whether the year lies outside the strategy's period.</param>
    public static StateReportChapter Write(AnnualReportModel report, AnnualReportModel? previous, bool adopted, bool outsidePeriod)
    {
        var page = report.TitlePage;
        var year = page.Year;
        var title = $"Realizacja Strategii Rozwiązywania Problemów Społecznych w roku {year}";
        var elements = report.Goals.SelectMany(g => Flatten(g.Element)).ToList();
        var indicators = elements.SelectMany(e => e.Indicators).ToList();
        var tasks = elements.Where(e => e.IsTask).ToList();
        var valued = indicators.Count(i => i.Value is not null && !i.IsNoData);
        var reported = tasks.Count(t => t.Progress?.Status is not null);

        var introduction = new List<string> { About(page, adopted) };
        if (report.Goals.Count > 0)
        {
            var parts = new[]
            {
                $"{PolishPlural.Element.Count(report.Goals.Count)} najwyższego poziomu („{report.Goals[0].Element.LevelName}”)",
                tasks.Count > 0 ? PolishPlural.Task.Count(tasks.Count) : null,
                indicators.Count > 0 ? PolishPlural.Indicator.Count(indicators.Count) : null,
            };
            introduction.Add($"Struktura strategii: {Listed([.. parts.OfType<string>()])}.");
        }

        if (outsidePeriod)
        {
            return new StateReportChapter(year, title, introduction,
                $"Rok {year} jest poza okresem strategii ({page.Period}): strategia nie przewidywała na ten rok działań ani wartości wskaźników.", [], []);
        }

        if (valued + indicators.Count(i => i.IsNoData) + reported == 0)
        {
            return new StateReportChapter(year, title, introduction,
                $"Za rok {year} na platformie nie zatwierdzono żadnych danych o realizacji strategii: ani wartości wskaźników, ani sprawozdań z realizacji zadań. "
                + $"Informację o realizacji strategii w roku {year} można przygotować po zebraniu i zatwierdzeniu danych w rundzie sprawozdawczej.",
                [], []);
        }

        introduction.Add($"Rozdział opisuje rok {year} na podstawie danych zatwierdzonych przez koordynatora: wartości {PolishPlural.IndicatorGenitive.Count(valued)} "
            + $"z {PolishNumber.Format(indicators.Count)}" + (tasks.Count > 0 ? $" oraz sprawozdań z realizacji {PolishPlural.TaskGenitive.Count(reported)} z {PolishNumber.Format(tasks.Count)}." : "."));

        var goals = report.Goals.Select(g => new StateReportGoal(Heading(g.Element), Paragraph(g, year))).ToList();
        return new StateReportChapter(year, title, introduction, null, goals, KeyIndicators(report, previous));
    }

    private static string About(ReportTitlePage page, bool adopted)
    {
        var period = page.Period is { } p && !page.TitleNamesPeriod ? $" na lata {p}" : "";
        var resolution = page.AdoptionResolution is { } r ? $" ({r})" : "";
        var coordinator = page.Coordinator is { } c ? $" Jej realizację koordynuje {c}." : "";
        var status = adopted ? "" : " Strategia ma na platformie status projektu: nie została oznaczona jako przyjęta uchwałą rady gminy.";
        return $"{page.Municipality} realizuje strategię „{page.StrategyTitle}”{period}{resolution}. Strategia rozwiązywania problemów społecznych, o której mowa "
            + $"w art. 16b ustawy o pomocy społecznej, wyznacza cele i kierunki działań gminy w rozwiązywaniu problemów społecznych.{coordinator}{status}";
    }

    private static string Heading(ReportElement goal) => $"{goal.LevelName} {goal.Code}. {goal.Title}".Trim();

    private static string Paragraph(ReportGoal goal, int year)
    {
        if (goal.Notice is { } notice)
        {
            return notice;
        }

        var sentences = new List<string>();
        var elements = Flatten(goal.Element).ToList();
        if (goal.Summary is { } summary && summary.Tasks.Total > 0)
        {
            sentences.Add(TasksSentence(summary.Tasks, year));
        }

        var indicators = elements.SelectMany(e => e.Indicators).ToList();
        if (indicators.Count > 0)
        {
            sentences.Add(IndicatorsSentence(indicators));
        }

        if (goal.Summary is { Changes.Count: > 0 } changed)
        {
            sentences.Add((changed.Changes.Count == 1 ? "Największa zmiana wobec " : "Największe zmiany wobec ") + $"{year - 1} r.: {string.Join("; ", changed.Changes)}.");
        }

        if (goal.Summary is { } money && (money.Planned is not null || money.Spent is not null))
        {
            sentences.Add((money.Planned, money.Spent) switch
            {
                ({ } planned, { } spent) => $"Na zadania tego celu zaplanowano {planned}, a wydano {spent}.",
                ({ } planned, null) => $"Na zadania tego celu zaplanowano {planned}; wydatków nie zgłoszono.",
                _ => $"Na zadania tego celu wydano {money.Spent}.",
            });
        }

        return string.Join(" ", sentences);
    }

    private static string TasksSentence(TaskProgressCountDto t, int year)
    {
        if (t.NotReported == t.Total)
        {
            return $"Nie zatwierdzono sprawozdania z realizacji żadnego z {PolishPlural.TaskGenitive.Count(t.Total)} tego celu.";
        }

        var parts = new List<string>();
        if (t.Done > 0)
        {
            parts.Add($"zakończono {PolishPlural.Task.Count(t.Done)}");
        }

        if (t.InProgress + t.Ongoing > 0)
        {
            parts.Add($"realizowano {PolishPlural.Task.Count(t.InProgress + t.Ongoing)}");
        }

        if (t.NotStarted + t.Suspended > 0)
        {
            parts.Add($"nie rozpoczęto lub wstrzymano {PolishPlural.TaskGenitive.Count(t.NotStarted + t.Suspended)}");
        }

        var sentence = $"W {year} r. {Listed(parts)}.";
        return t.NotReported > 0 ? sentence + $" Dla {PolishPlural.TaskGenitive.Count(t.NotReported)} nie zatwierdzono sprawozdania z realizacji." : sentence;
    }

    private static string IndicatorsSentence(IReadOnlyList<ReportIndicator> indicators)
    {
        var valued = indicators.Where(i => i.Value is not null && !i.IsNoData).ToList();
        var noData = indicators.Count(i => i.IsNoData);
        var sentence = valued.Count == 0
            ? $"Nie zatwierdzono wartości żadnego z {PolishPlural.IndicatorGenitive.Count(indicators.Count)} tego celu."
            : $"Zatwierdzono wartości {PolishPlural.IndicatorGenitive.Count(valued.Count)} z {PolishNumber.Format(indicators.Count)}";
        if (valued.Count > 0)
        {
            var on = valued.Count(i => i.Status == TrendStatus.OnTrack);
            var off = valued.Count(i => i.Status == TrendStatus.OffTrack);
            sentence += on + off > 0 ? $"; wobec wartości docelowych zgodnie z celem: {on}, poza celem: {off}." : "; żadnego nie można jeszcze ocenić wobec wartości docelowej.";
        }

        return noData > 0 ? sentence + $" Dla {PolishPlural.IndicatorGenitive.Count(noData)} podano „brak danych”." : sentence;
    }

    private static IReadOnlyList<KeyIndicatorRow> KeyIndicators(AnnualReportModel report, AnnualReportModel? previous)
    {
        var before = previous is null
            ? new Dictionary<(Guid, string), string>()
            : previous.Goals.SelectMany(g => Flatten(g.Element)).SelectMany(e => e.Indicators.Where(i => i.Value is not null).Select(i => (Key: (e.Id, i.Name), i.Value))).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Value!);
        var rows = report.Goals
            .SelectMany((g, order) => Flatten(g.Element).SelectMany(e => e.Indicators
                .Where(i => i.Value is not null && !i.IsNoData)
                .Select(i => (Order: order, Goal: g.Element.Code, Row: new KeyIndicatorRow(
                    e.Code,
                    i.Name,
                    before.GetValueOrDefault((e.Id, i.Name), None),
                    i.Value!,
                    i.Target ?? None,
                    TrendStatusText.Of(i.Status))))))
            .ToList();

        // Those that can be compared with the year before come first; the table then reads in the strategy's order.
        return rows
            .Select((r, index) => (r.Row, Index: index, Compared: r.Row.Previous != None))
            .OrderByDescending(r => r.Compared).ThenBy(r => r.Index)
            .Take(KeyIndicatorLimit)
            .OrderBy(r => r.Index)
            .Select(r => r.Row)
            .ToList();
    }

    private static string Listed(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " i " + parts[^1];

    private static IEnumerable<ReportElement> Flatten(ReportElement e) => e.Children.SelectMany(Flatten).Prepend(e);
}
