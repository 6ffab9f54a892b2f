using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring.Queries.GetTaskReports;

/// <summary>
/// The tasks the caller reports on in a round — those naming its institution (all of them for the
/// coordinator) — with what was reported. With <see cref="ElementId"/>, that task only.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record GetTaskReportsQuery(Guid RoundId, Guid? ElementId = null) : IQuery<IReadOnlyList<TaskToDoDto>>;

public sealed class GetTaskReportsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetTaskReportsQuery, IReadOnlyList<TaskToDoDto>>
{
    public async ValueTask<IReadOnlyList<TaskToDoDto>> Handle(GetTaskReportsQuery query, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", query.RoundId);
        var scope = await ReportingScope.OfAsync(user, cancellationToken);
        var tasks = (await StrategyTasks.OfAsync(db, round.StrategyId, cancellationToken))
            .Where(t => (query.ElementId is null || t.ElementId == query.ElementId) && (scope.Everything || t.Institutions.Any(i => i.Id == scope.InstitutionId)))
            .ToList();
        var reports = await db.TaskReports.AsNoTracking().Where(r => r.RoundId == round.Id).ToDictionaryAsync(r => r.ElementId, cancellationToken);
        return tasks
            .Select(t => new TaskToDoDto(t.ElementId, t.Code, t.Title, string.Join("; ", t.Institutions.Select(i => i.Name)),
                reports.TryGetValue(t.ElementId, out var r) ? TaskReportDto.Of(r) : null))
            .ToList();
    }
}
