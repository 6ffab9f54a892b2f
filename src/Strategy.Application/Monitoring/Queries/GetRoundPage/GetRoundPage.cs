using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring.Queries.GetRoundPage;

/// <summary>
/// The round page: the round as <c>GetRoundQuery</c> answers it, and for those who report in it their indicators and
/// tasks with what they reported. Not for the public.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetRoundPageQuery(Guid Id) : IQuery<RoundPageDto>;

public sealed record RoundPageDto(RoundDto Round, IReadOnlyList<ReportingTaskDto> Tasks, IReadOnlyList<TaskToDoDto> TaskReports);

public sealed class GetRoundPageHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetRoundPageQuery, RoundPageDto>
{
    public async ValueTask<RoundPageDto> Handle(GetRoundPageQuery query, CancellationToken cancellationToken)
    {
        var round = await RoundReader.ReadForCallerAsync(db, user, query.Id, cancellationToken);
        return round.CanReport
            ? new RoundPageDto(
                round,
                await ReportingTaskReader.ReadAsync(db, user, round.Id, null, cancellationToken),
                await TaskReportReader.ReadAsync(db, user, round.Id, null, cancellationToken))
            : new RoundPageDto(round, [], []);
    }
}
