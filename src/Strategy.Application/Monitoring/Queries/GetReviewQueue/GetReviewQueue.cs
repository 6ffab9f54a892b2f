using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Queries.GetReviewQueue;

/// <summary>
/// The coordinator's review queue in a round, its own place: values and task reports in one state (waiting by
/// default), of one supplying institution or all; each value with what it is judged against — the last three
/// approved values, the baseline and the target.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetReviewQueueQuery(Guid RoundId, Guid? InstitutionId = null, ReviewStatus Status = ReviewStatus.Submitted) : IQuery<ReviewQueueDto>;

public sealed record ReviewQueueDto(
    Guid RoundId,
    string StrategyTitle,
    int Year,
    bool IsOpen,
    IReadOnlyList<InstitutionOptionDto> Institutions,
    IReadOnlyList<ReviewCardDto> Values,
    IReadOnlyList<TaskReviewItemDto> Tasks);

public sealed record InstitutionOptionDto(Guid Id, string Name);

public sealed record ReviewCardDto(
    Guid EntryId,
    Guid IndicatorId,
    string ElementCode,
    string Indicator,
    string? Institution,
    string Text,
    ReviewStatus Status,
    string UpdatedBy,
    DateTimeOffset? SubmittedAt,
    string? ReviewComment,
    int Version,
    IReadOnlyList<YearTextDto> LastApproved,
    string? Baseline,
    string? Target);

public sealed record YearTextDto(int Year, string Text);

public sealed class GetReviewQueueHandler(IAppDbContext db) : IQueryHandler<GetReviewQueueQuery, ReviewQueueDto>
{
    public async ValueTask<ReviewQueueDto> Handle(GetReviewQueueQuery query, CancellationToken cancellationToken)
    {
        var round = await (
            from r in db.ReportingRounds.AsNoTracking()
            join s in db.Strategies on r.StrategyId equals s.Id
            where r.Id == query.RoundId
            select new { r.Id, r.StrategyId, StrategyTitle = s.Title, r.Year, r.ClosedAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", query.RoundId);

        var active = await ActiveElements.IdsAsync(db, round.StrategyId, cancellationToken);
        var indicators = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            where e.StrategyId == round.StrategyId && active.Contains(e.Id)
            select new { i.Id, i.Name, e.Code, i.Unit, i.SupplierInstitutionId, Supplier = i.SupplierInstitution == null ? null : i.SupplierInstitution.Name, i.BaselineYear, i.BaselineValue, i.TargetYear, i.TargetValue })
            .ToListAsync(cancellationToken);
        var institutions = indicators.Where(i => i.SupplierInstitutionId is not null)
            .Select(i => new InstitutionOptionDto(i.SupplierInstitutionId!.Value, i.Supplier!))
            .DistinctBy(i => i.Id)
            .OrderBy(i => i.Name, PolishText.Comparer)
            .ToList();

        var chosen = indicators.Where(i => query.InstitutionId is null || i.SupplierInstitutionId == query.InstitutionId).ToDictionary(i => i.Id);
        var entries = await db.MeasurementEntries.AsNoTracking()
            .Where(x => x.RoundId == round.Id && x.Status == query.Status)
            .ToListAsync(cancellationToken);
        entries = entries.Where(x => chosen.ContainsKey(x.IndicatorId)).OrderBy(x => x.SubmittedAt ?? x.UpdatedAt).ToList();
        var ids = entries.Select(x => x.IndicatorId).ToList();
        var history = (await db.Measurements.AsNoTracking().Include(m => m.Parts)
                .Where(m => ids.Contains(m.IndicatorId) && m.Year < round.Year)
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.IndicatorId);

        var values = entries.Select(x =>
        {
            var i = chosen[x.IndicatorId];
            var last = history[i.Id].OrderByDescending(m => m.Year).Take(3).Select(m => new YearTextDto(m.Year, m.Current.Describe())).ToList();
            return new ReviewCardDto(x.Id, i.Id, i.Code, i.Name, i.Supplier, x.Reported.Describe(), x.Status, x.UpdatedBy, x.SubmittedAt, x.ReviewComment, x.Version, last,
                YearValue(i.BaselineYear, i.BaselineValue, i.Unit), YearValue(i.TargetYear, i.TargetValue, i.Unit));
        }).ToList();

        var tasks = await StrategyTasks.OfAsync(db, round.StrategyId, cancellationToken);
        var taskById = tasks.Where(t => query.InstitutionId is null || t.Institutions.Any(n => n.Id == query.InstitutionId)).ToDictionary(t => t.ElementId);
        var reports = await db.TaskReports.AsNoTracking().Where(r => r.RoundId == round.Id && r.Status == query.Status).ToListAsync(cancellationToken);
        var taskCards = reports
            .Where(r => taskById.ContainsKey(r.ElementId))
            .OrderBy(r => r.SubmittedAt ?? r.UpdatedAt)
            .Select(r =>
            {
                var t = taskById[r.ElementId];
                return new TaskReviewItemDto(r.Id, t.ElementId, t.Code, t.Title, string.Join("; ", t.Institutions.Select(n => n.Name)), r.Progress, r.Narrative, r.PlannedAmount, r.SpentAmount, r.UpdatedBy, r.Version);
            })
            .ToList();

        return new ReviewQueueDto(round.Id, round.StrategyTitle, round.Year, round.ClosedAt is null, institutions, values, taskCards);
    }

    private static string? YearValue(int? year, decimal? value, string? unit) =>
        year is { } y && value is { } v ? $"{PolishNumber.Format(v, unit)} ({y})" : null;
}
