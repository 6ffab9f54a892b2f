using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>A round as the coordinator follows it (<see cref="RoundDto"/>): its page and the dashboard read it alike.</summary>
public static class RoundReader
{
    /// <summary>Indicators nobody is named to supply are the coordinator's to report.</summary>
    public const string NoSupplier = "bez wskazanego dostawcy (koordynator)";

    /// <summary>The round with what the caller may do in it: review (the coordinator, the tenant admin) and report (a partner too).</summary>
    public static async Task<RoundDto> ReadForCallerAsync(IAppDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await ReadAsync(db, id, cancellationToken) with
        {
            CanReview = await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken),
            CanReport = await CallerPermissions.PersonHasAsync(user, Permission.ReportData, cancellationToken),
        };

    public static async Task<RoundDto> ReadAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var round = await (
            from r in db.ReportingRounds.AsNoTracking()
            join s in db.Strategies on r.StrategyId equals s.Id
            where r.Id == id
            select new { r.Id, r.StrategyId, StrategyTitle = s.Title, r.Year, r.Deadline, r.ClosedAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", id);

        var active = await ActiveElements.IdsAsync(db, round.StrategyId, cancellationToken);
        var indicators = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            where e.StrategyId == round.StrategyId && active.Contains(e.Id)
            select new { i.Id, i.Name, e.Code, i.SupplierInstitutionId, Supplier = i.SupplierInstitution == null ? null : i.SupplierInstitution.Name })
            .ToListAsync(cancellationToken);
        var entries = await db.MeasurementEntries.AsNoTracking().Where(x => x.RoundId == round.Id).ToListAsync(cancellationToken);
        var byIndicator = entries.ToDictionary(x => x.IndicatorId);
        var approvedTexts = await db.Measurements.AsNoTracking().Include(m => m.Parts)
            .Where(m => m.Year == round.Year && entries.Select(x => x.IndicatorId).Contains(m.IndicatorId))
            .ToDictionaryAsync(m => m.IndicatorId, m => m.Current.Describe(), cancellationToken);

        var institutions = indicators
            .GroupBy(i => (i.SupplierInstitutionId, i.Supplier))
            .Select(g =>
            {
                var of = g.Select(i => byIndicator.GetValueOrDefault(i.Id)).ToList();
                return new InstitutionProgressDto(g.Key.SupplierInstitutionId, g.Key.Supplier ?? NoSupplier, g.Count(),
                    of.Count(x => x is not null), Count(of, ReviewStatus.Submitted), Count(of, ReviewStatus.Approved), Count(of, ReviewStatus.Returned));
            })
            .OrderBy(p => p.InstitutionId is null).ThenBy(p => p.Institution, StringComparer.Create(new System.Globalization.CultureInfo("pl-PL"), false))
            .ToList();

        var awaiting = indicators
            .Where(i => byIndicator.GetValueOrDefault(i.Id)?.Status == ReviewStatus.Submitted)
            .Select(i => (Indicator: i, Entry: byIndicator[i.Id]))
            .OrderBy(x => x.Entry.SubmittedAt)
            .Select(x => new ReviewItemDto(x.Entry.Id, x.Indicator.Id, x.Indicator.Code, x.Indicator.Name, x.Indicator.Supplier, x.Entry.Reported.Describe(),
                approvedTexts.GetValueOrDefault(x.Indicator.Id), x.Entry.UpdatedBy, x.Entry.SubmittedAt, x.Entry.Version))
            .ToList();

        var tasks = await StrategyTasks.OfAsync(db, round.StrategyId, cancellationToken);
        var reports = await db.TaskReports.AsNoTracking().Where(r => r.RoundId == round.Id).ToListAsync(cancellationToken);
        var taskById = tasks.ToDictionary(t => t.ElementId);
        var tasksAwaiting = reports
            .Where(r => r.Status == ReviewStatus.Submitted && taskById.ContainsKey(r.ElementId))
            .OrderBy(r => r.SubmittedAt)
            .Select(r =>
            {
                var t = taskById[r.ElementId];
                return new TaskReviewItemDto(r.Id, t.ElementId, t.Code, t.Title, string.Join("; ", t.Institutions.Select(i => i.Name)), r.Progress, r.Narrative, r.PlannedAmount, r.SpentAmount, r.UpdatedBy, r.Version);
            })
            .ToList();

        return new RoundDto(round.Id, round.StrategyId, round.StrategyTitle, round.Year, round.Deadline, round.ClosedAt is null, institutions, awaiting,
            tasks.Count, reports.Count(r => taskById.ContainsKey(r.ElementId)), reports.Count(r => r.ApprovedProgress is not null && taskById.ContainsKey(r.ElementId)), tasksAwaiting);
    }

    private static int Count(IEnumerable<MeasurementEntry?> entries, ReviewStatus status) => entries.Count(x => x?.Status == status);
}
