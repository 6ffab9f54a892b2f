using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring.Queries.GetDashboard;

/// <summary>
/// A strategy at a glance: the current round's completeness by institution, and per top-level goal
/// each indicator's approved values against its target and direction, judged on track, off track
/// or without data. The round's completeness is the gmina's own work: for the public
/// <see cref="DashboardDto.CurrentRound"/> is null (approved values and approved task progress stay),
/// and a strategy that is not adopted answers 404.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetDashboardQuery(Guid StrategyId) : IQuery<DashboardDto>;

/// <param name="NextDate">The gmina's next date of its legal year with the days left (Calendar), for its members; null for the public.</param>
public sealed record DashboardDto(Guid StrategyId, string Title, int? PeriodStart, int? PeriodEnd, RoundDto? CurrentRound, IReadOnlyList<GoalTrendsDto> Goals, Calendar.LegalDateDto? NextDate = null);

/// <param name="Tasks">The goal's tasks by the progress approved in the current round.</param>
public sealed record GoalTrendsDto(Guid ElementId, string Code, string Title, int OnTrack, int OffTrack, int NoData, IReadOnlyList<IndicatorTrendDto> Indicators, TaskProgressCountDto Tasks);

public sealed record IndicatorTrendDto(
    Guid Id,
    string ElementCode,
    string Name,
    string? Unit,
    Domain.Indicators.IndicatorDirection Direction,
    YearValueDto? Baseline,
    YearValueDto? Target,
    IReadOnlyList<TrendValueDto> Values,
    TrendStatus Status);

/// <summary>An approved value; null with <see cref="NoData"/> when the year was reported as having none.</summary>
public sealed record TrendValueDto(int Year, decimal? Value, bool NoData);

public sealed class GetDashboardHandler(IAppDbContext db, Audience audience, TimeProvider clock) : IQueryHandler<GetDashboardQuery, DashboardDto>
{
    public async ValueTask<DashboardDto> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var tree = await StrategyTreeReader.ReadAsync(db, query.StrategyId, cancellationToken) is { } found && await audience.MaySeeAsync(found.Strategy.Status, cancellationToken)
            ? found
            : throw new NotFoundException("strategia", query.StrategyId);
        var roundId = await db.ReportingRounds.AsNoTracking()
            .Where(r => r.StrategyId == query.StrategyId)
            .OrderBy(r => r.ClosedAt != null).ThenByDescending(r => r.Year)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var round = roundId is { } id && await audience.IsMemberAsync(cancellationToken)
            ? await RoundReader.ReadAsync(db, id, cancellationToken)
            : null;

        var tasks = (await StrategyTasks.OfAsync(db, query.StrategyId, cancellationToken)).Select(t => t.ElementId).ToHashSet();
        var approved = roundId is null ? [] : await db.TaskReports.AsNoTracking()
            .Where(r => r.RoundId == roundId)
            .ToDictionaryAsync(r => r.ElementId, r => r.ApprovedProgress, cancellationToken);

        var goals = tree.Roots.Select(goal =>
        {
            var elements = Flatten(goal).ToList();
            var indicators = elements.SelectMany(e => e.Indicators.Select(i => Trend(e.Code, i))).ToList();
            return new GoalTrendsDto(goal.Id, goal.Code, goal.Title,
                indicators.Count(i => i.Status == TrendStatus.OnTrack), indicators.Count(i => i.Status == TrendStatus.OffTrack), indicators.Count(i => i.Status == TrendStatus.NoData),
                indicators,
                TaskProgressCountDto.Of(elements.Where(e => tasks.Contains(e.Id)).Select(e => approved.GetValueOrDefault(e.Id))));
        }).ToList();

        var s = tree.Strategy;
        return new DashboardDto(s.Id, s.Title, s.PeriodStart, s.PeriodEnd, round, goals, await audience.IsMemberAsync(cancellationToken) ? await Calendar.LegalYear.NextAsync(db, Domain.Common.PolishTime.Day(clock.GetUtcNow()), cancellationToken) : null);
    }

    private static IndicatorTrendDto Trend(string code, IndicatorDto i)
    {
        var values = i.Measurements.OrderBy(m => m.Year).Select(m => new TrendValueDto(m.Year, m.Value, m.NoData)).ToList();
        var status = IndicatorTrend.Assess(
            i.Direction,
            i.Baseline is { } b ? new YearValue(b.Year, b.Value) : null,
            i.Target is { } t ? new YearValue(t.Year, t.Value) : null,
            values.Where(v => v.Value is not null).Select(v => new YearValue(v.Year, v.Value!.Value)).ToList());
        return new IndicatorTrendDto(i.Id, code, i.Name, i.Unit, i.Direction, i.Baseline, i.Target, values, status);
    }

    private static IEnumerable<ElementDto> Flatten(ElementDto e) => e.Children.SelectMany(Flatten).Prepend(e);
}
