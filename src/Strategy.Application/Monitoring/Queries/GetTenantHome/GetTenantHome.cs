using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Queries.GetTenantHome;

/// <summary>
/// The gmina's home page: its strategies (for the public the adopted ones), whether the caller may start a new one,
/// and what the caller still has to send in each open round — values and task reports neither sent nor approved —
/// the first thing a partner or the coordinator looks for. The to-do list is empty for those who report nothing.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetTenantHomeQuery : IQuery<TenantHomeDto>;

/// <param name="CanManage">Whether the caller may start or import a strategy; the command checks again.</param>
public sealed record TenantHomeDto(IReadOnlyList<StrategySummaryDto> Strategies, bool CanManage, IReadOnlyList<ToDoDto> ToDo);

public sealed record ToDoDto(Guid RoundId, int Year, DateOnly Deadline, int Values, int Tasks, int Returned);

public sealed class GetTenantHomeHandler(IAppDbContext db, Audience audience, ICurrentUser user) : IQueryHandler<GetTenantHomeQuery, TenantHomeDto>
{
    public async ValueTask<TenantHomeDto> Handle(GetTenantHomeQuery query, CancellationToken cancellationToken) => new(
        await StrategySummaries.ListAsync(db, audience, cancellationToken),
        await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken),
        await CallerPermissions.PersonHasAsync(user, Permission.ReportData, cancellationToken) ? await ToDoAsync(cancellationToken) : []);

    private async Task<IReadOnlyList<ToDoDto>> ToDoAsync(CancellationToken cancellationToken)
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
