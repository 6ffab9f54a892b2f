using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Queries.GetMyToDo;

/// <summary>
/// What the caller still has to send in each open round — values and task reports neither sent nor approved — for
/// the pointer on the gmina's home page. Empty for those who report nothing.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record GetMyToDoQuery : IQuery<IReadOnlyList<ToDoDto>>;

public sealed record ToDoDto(Guid RoundId, int Year, DateOnly Deadline, int Values, int Tasks, int Returned);

public sealed class GetMyToDoHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetMyToDoQuery, IReadOnlyList<ToDoDto>>
{
    public async ValueTask<IReadOnlyList<ToDoDto>> Handle(GetMyToDoQuery query, CancellationToken cancellationToken)
    {
        var open = await db.ReportingRounds.AsNoTracking().Where(r => r.ClosedAt == null).OrderBy(r => r.Year).Select(r => new { r.Id, r.Year, r.Deadline }).ToListAsync(cancellationToken);
        var result = new List<ToDoDto>();
        foreach (var round in open)
        {
            var values = await ReportingTaskReader.ReadAsync(db, user, round.Id, null, cancellationToken);
            var tasks = await TaskReportReader.ReadAsync(db, user, round.Id, null, cancellationToken);
            static bool Open(ReviewStatus? status) => status is null or ReviewStatus.Draft or ReviewStatus.Returned;
            var toDo = new ToDoDto(
                round.Id,
                round.Year,
                round.Deadline,
                values.Count(v => Open(v.Entry?.Status)),
                tasks.Count(t => Open(t.Report?.Status)),
                values.Count(v => v.Entry?.Status == ReviewStatus.Returned) + tasks.Count(t => t.Report?.Status == ReviewStatus.Returned));
            if (toDo.Values + toDo.Tasks > 0)
            {
                result.Add(toDo);
            }
        }

        return result;
    }
}
