using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

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
    public async ValueTask<IReadOnlyList<ReportingTaskDto>> Handle(GetReportingTasksQuery query, CancellationToken cancellationToken) =>
        await ReportingTaskReader.ReadAsync(db, user, query.RoundId, query.IndicatorId, cancellationToken);
}
