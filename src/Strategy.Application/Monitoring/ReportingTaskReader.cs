using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring;

/// <summary>The caller's to-do list of values in a round (<see cref="ReportingTaskDto"/>), for the list, the sheet and the to-do page.</summary>
public static class ReportingTaskReader
{
    public static async Task<IReadOnlyList<ReportingTaskDto>> ReadAsync(IAppDbContext db, ICurrentUser user, Guid roundId, Guid? indicatorId, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", roundId);
        var scope = await ReportingScope.OfAsync(user, cancellationToken);

        var active = await ActiveElements.IdsAsync(db, round.StrategyId, cancellationToken);
        var indicators = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            where e.StrategyId == round.StrategyId && active.Contains(e.Id) && (scope.InstitutionId == null || i.SupplierInstitutionId == scope.InstitutionId)
                && (indicatorId == null || i.Id == indicatorId)
            orderby e.Depth, e.Code, i.Order
            select new { i.Id, e.Code, ElementTitle = e.Title, i.Name, i.Unit, i.Kind, Supplier = i.SupplierInstitution == null ? null : i.SupplierInstitution.Name })
            .ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var entries = await db.MeasurementEntries.AsNoTracking().Where(x => x.RoundId == round.Id && ids.Contains(x.IndicatorId)).ToDictionaryAsync(x => x.IndicatorId, cancellationToken);
        var approved = await db.Measurements.AsNoTracking().Include(m => m.Parts)
            .Where(m => m.Year == round.Year && ids.Contains(m.IndicatorId))
            .ToDictionaryAsync(m => m.IndicatorId, m => m.Current.Describe(), cancellationToken);

        return indicators
            .OrderBy(i => i.Code, ElementCodeComparer.Instance)
            .Select(i => new ReportingTaskDto(i.Id, i.Code, i.ElementTitle, i.Name, i.Unit, i.Kind, i.Supplier, approved.GetValueOrDefault(i.Id), entries.GetValueOrDefault(i.Id)?.ToDto()))
            .ToList();
    }
}
