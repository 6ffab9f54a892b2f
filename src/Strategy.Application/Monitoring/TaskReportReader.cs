using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;

namespace Strategy.Application.Monitoring;

/// <summary>The tasks the caller reports on in a round, with what was reported (<see cref="TaskToDoDto"/>).</summary>
public static class TaskReportReader
{
    public static async Task<IReadOnlyList<TaskToDoDto>> ReadAsync(IAppDbContext db, ICurrentUser user, Guid roundId, Guid? elementId, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", roundId);
        var scope = await ReportingScope.OfAsync(user, cancellationToken);
        var tasks = (await StrategyTasks.OfAsync(db, round.StrategyId, cancellationToken))
            .Where(t => (elementId is null || t.ElementId == elementId) && (scope.Everything || t.Institutions.Any(i => i.Id == scope.InstitutionId)))
            .ToList();
        var reports = await db.TaskReports.AsNoTracking().Where(r => r.RoundId == round.Id).ToDictionaryAsync(r => r.ElementId, cancellationToken);
        return tasks
            .Select(t => new TaskToDoDto(t.ElementId, t.Code, t.Title, string.Join("; ", t.Institutions.Select(i => i.Name)),
                reports.TryGetValue(t.ElementId, out var r) ? r.ToDto() : null))
            .ToList();
    }
}
