using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Text;
using Strategy.Application.Monitoring;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Reports;

namespace Strategy.Application.Reports;

/// <summary>
/// Puts a year's report together from approved data only — the indicators' approved values
/// (measurements) and the tasks' approved progress — and what the coordinator wrote. Works on any
/// strategy shape: each top-level element is a chapter, its subtree follows it.
/// </summary>
internal static class ReportBuilder
{
    public static async Task<AnnualReportModel?> BuildAsync(IAppDbContext db, string municipality, Guid strategyId, int year, AnnualReport? draft, CancellationToken ct)
    {
        var tree = await StrategyTreeReader.ReadAsync(db, strategyId, ct);
        if (tree is null)
        {
            return null;
        }

        var progress = await db.TaskReports.AsNoTracking()
            .Where(r => db.ReportingRounds.Any(x => x.Id == r.RoundId && x.StrategyId == strategyId && x.Year == year))
            .ToDictionaryAsync(r => r.ElementId, ct);
        var coordinator = draft?.Coordinator ?? await GuessCoordinatorAsync(db, ct);
        var commentary = (draft?.Commentaries ?? []).ToDictionary(c => c.ElementId, c => c.Text);

        var strategy = tree.Strategy;
        var outside = (strategy.PeriodStart is { } start && year < start) || (strategy.PeriodEnd is { } end && year > end);
        var period = Period(strategy.PeriodStart, strategy.PeriodEnd);
        var hasTasks = tree.Levels.Count >= 3;
        var lastDepth = tree.Levels.Count == 0 ? 0 : tree.Levels.Max(l => l.Depth);

        ReportElement Element(ElementDto e)
        {
            var isTask = hasTasks && e.Depth == lastDepth;
            return new ReportElement(
                e.Id, e.LevelName, e.Code, e.Title, e.Depth, e.Coordinators, e.Partners, e.Implementers, e.Funding, e.TimeFrame,
                [.. e.Indicators.Select(i => Indicator(i, year))],
                isTask,
                isTask ? Progress(progress.GetValueOrDefault(e.Id)) : null,
                [.. e.Children.Select(Element)]);
        }

        var goals = tree.Roots.Select(root =>
        {
            var element = Element(root);
            var notice = outside
                ? $"Rok {year} jest poza okresem strategii ({period}): strategia nie przewiduje na ten rok działań ani wartości wskaźników."
                : HasData(element) ? null : $"Za rok {year} nie zatwierdzono żadnej wartości wskaźnika ani postępu zadań w tym celu.";
            return new ReportGoal(element, commentary.GetValueOrDefault(root.Id), notice, GoalSummary(root, element, progress, year));
        }).ToList();

        var title = new ReportTitlePage(municipality, strategy.Title, period, strategy.AdoptionResolution, coordinator, year);
        return new AnnualReportModel(title, draft?.Introduction, goals, Summary(goals));
    }

    private static ReportIndicator Indicator(IndicatorDto i, int year)
    {
        var measurement = i.Measurements.SingleOrDefault(m => m.Year == year);
        var known = i.Measurements.Where(m => m.Year <= year && m.Value is not null).Select(m => new YearValue(m.Year, m.Value!.Value)).ToList();
        var status = IndicatorTrend.Assess(
            i.Direction,
            i.Baseline is { } b ? new YearValue(b.Year, b.Value) : null,
            i.Target is { } t ? new YearValue(t.Year, t.Value) : null,
            measurement?.Value is null ? [] : known);
        var target = i.Target is { } goal ? $"{PolishNumber.Format(goal.Value, i.Unit)} w {goal.Year} r." : null;
        return new ReportIndicator(i.Name, i.Unit, i.DataSource, measurement is null ? null : ValueText(measurement), measurement?.NoDataReason, measurement?.Note, target, status);
    }

    /// <summary>"4 791 osoby; udział w ogóle mieszkańców: 25,51 %", or "brak danych".</summary>
    private static string ValueText(MeasurementDto m) => m.NoData
        ? ReportIndicator.NoDataText
        : string.Join("; ", new[] { m.Value is { } v ? PolishNumber.Format(v, m.Unit) : null }
            .Concat(m.Parts.Select(p => $"{p.Label}: {PolishNumber.Format(p.Value, p.Unit)}"))
            .OfType<string>());

    private static ReportTaskProgress Progress(TaskReport? report) => report?.ApprovedProgress is { } status
        ? new ReportTaskProgress(status, report.ApprovedNarrative, Amount(report.ApprovedPlannedAmount), Amount(report.ApprovedSpentAmount))
        : new ReportTaskProgress(null, null, null, null);

    private static string? Amount(decimal? amount) => amount is { } a ? PolishNumber.Money(a) : null;

    /// <summary>The goal's figures for the summary: counted over its whole subtree, from approved data only.</summary>
    private static ReportGoalSummary GoalSummary(ElementDto root, ReportElement goal, IReadOnlyDictionary<Guid, TaskReport> progress, int year)
    {
        var elements = Flatten(goal).ToList();
        var indicators = elements.SelectMany(e => e.Indicators).Where(i => i.Value is not null && !i.IsNoData).ToList();
        var reports = elements.Where(e => e.IsTask).Select(e => progress.GetValueOrDefault(e.Id)).OfType<TaskReport>().Where(r => r.ApprovedProgress is not null).ToList();
        var changes = FlattenDtos(root).SelectMany(e => e.Indicators).Select(i => Change(i, year)).OfType<(decimal Size, string Text)>()
            .OrderByDescending(c => c.Size).Take(3).Select(c => c.Text).ToList();
        decimal? Sum(Func<TaskReport, decimal?> amount) => reports.Select(amount).OfType<decimal>().ToList() is { Count: > 0 } a ? a.Sum() : null;
        return new ReportGoalSummary(
            TaskProgressCountDto.Of(elements.Where(e => e.IsTask).Select(e => e.Progress?.Status)),
            indicators.Count(i => i.Status == TrendStatus.OnTrack),
            indicators.Count(i => i.Status == TrendStatus.OffTrack),
            indicators.Count(i => i.Target is null),
            changes,
            Sum(r => r.ApprovedPlannedAmount) is { } planned ? PolishNumber.Money(planned) : null,
            Sum(r => r.ApprovedSpentAmount) is { } spent ? PolishNumber.Money(spent) : null);
    }

    /// <summary>An indicator's change against the year before, when both years have an approved number: its relative size and its words.</summary>
    private static (decimal Size, string Text)? Change(IndicatorDto i, int year)
    {
        if (i.Measurements.SingleOrDefault(m => m.Year == year)?.Value is not { } now
            || i.Measurements.SingleOrDefault(m => m.Year == year - 1)?.Value is not { } before
            || before == 0 || now == before)
        {
            return null;
        }

        var percent = Math.Round(100m * (now - before) / Math.Abs(before), 1, MidpointRounding.AwayFromZero);
        var sign = percent > 0 ? "+" : "\u2212";
        return (Math.Abs(percent), $"„{i.Name}”: {PolishNumber.Format(before)} → {PolishNumber.Format(now, i.Unit)} ({sign}{PolishNumber.Format(Math.Abs(percent))}\u00A0%)");
    }

    private static IEnumerable<ElementDto> FlattenDtos(ElementDto e) => e.Children.SelectMany(FlattenDtos).Prepend(e);

    private static bool HasData(ReportElement e) =>
        e.Indicators.Any(i => i.Value is not null) || e.Progress?.Status is not null || e.Children.Any(HasData);

    private static ReportSummary Summary(IReadOnlyList<ReportGoal> goals)
    {
        var all = goals.SelectMany(g => Flatten(g.Element)).ToList();
        var indicators = all.SelectMany(e => e.Indicators).ToList();
        return new ReportSummary(
            TaskProgressCountDto.Of(all.Where(e => e.IsTask).Select(e => e.Progress?.Status)),
            indicators.Count(i => i.Status == TrendStatus.OnTrack),
            indicators.Count(i => i.Status == TrendStatus.OffTrack),
            indicators.Count(i => i.Status == TrendStatus.NoData),
            indicators.Count(i => i.Value is not null && !i.IsNoData),
            indicators.Count(i => i.IsNoData),
            indicators.Count(i => i.Value is null));
    }

    private static IEnumerable<ReportElement> Flatten(ReportElement e) => e.Children.SelectMany(Flatten).Prepend(e);

    private static string? Period(int? start, int? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{s}–{e}",
        ({ } s, null) => $"od {s}",
        (null, { } e) => $"do {e}",
        _ => null,
    };

    /// <summary>Until the coordinator names it, the social welfare centre (MOPS, GOPS, OPS) coordinates, as in most gminy.</summary>
    private static Task<string?> GuessCoordinatorAsync(IAppDbContext db, CancellationToken ct) =>
        db.Institutions.AsNoTracking()
            .Where(i => i.Name.Contains("Pomocy Społecznej") && !i.Name.Contains("Dom"))
            .OrderBy(i => i.Name.Length)
            .Select(i => (string?)i.Name)
            .FirstOrDefaultAsync(ct);
}
