using Mediator;
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
    public async ValueTask<IReadOnlyList<TaskToDoDto>> Handle(GetTaskReportsQuery query, CancellationToken cancellationToken) =>
        await TaskReportReader.ReadAsync(db, user, query.RoundId, query.ElementId, cancellationToken);
}
