using Strategy.Application.Common.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring.Queries.GetReportingTasks;

/// <summary>
/// The caller's to-do list in a round: the indicators its institution supplies (all of them for the
/// coordinator), each with the approved value, what was reported and the coordinator's comment.
/// With <see cref="IndicatorId"/>, that one indicator's line only (empty when it is not the caller's).
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record GetReportingTasksQuery(Guid RoundId, Guid? IndicatorId = null) : IQuery<IReadOnlyList<ReportingTaskDto>>;

public sealed class GetReportingTasksHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetReportingTasksQuery, IReadOnlyList<ReportingTaskDto>>
{
    public async ValueTask<IReadOnlyList<ReportingTaskDto>> Handle(GetReportingTasksQuery query, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", query.RoundId);
        var scope = await ReportingScope.OfAsync(user, cancellationToken);

        var active = await ActiveElements.IdsAsync(db, round.StrategyId, cancellationToken);
        var indicators = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            where e.StrategyId == round.StrategyId && active.Contains(e.Id) && (scope.InstitutionId == null || i.SupplierInstitutionId == scope.InstitutionId)
                && (query.IndicatorId == null || i.Id == query.IndicatorId)
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
