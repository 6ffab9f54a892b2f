using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring.Queries.GetProgressPage;

/// <summary>
/// The progress page of a task: the element, the round it is reported in (<paramref name="RoundId"/> if it is the
/// strategy's, else the strategy's open one) and what the caller reports for it there — null when the task does not
/// name the caller's institution. Without a round there is nothing to report; with one, reporting needs the permission to.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetProgressPageQuery(Guid ElementId, Guid? RoundId) : IQuery<ProgressPageDto>;

public sealed record ProgressPageDto(ElementRefDto Element, RoundRefDto? Round, TaskToDoDto? Task);

public sealed class GetProgressPageHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetProgressPageQuery, ProgressPageDto>
{
    public async ValueTask<ProgressPageDto> Handle(GetProgressPageQuery query, CancellationToken cancellationToken)
    {
        var element = await (
                from e in db.Elements.AsNoTracking()
                join l in db.StrategyLevels on new { e.StrategyId, e.Depth } equals new { l.StrategyId, l.Depth }
                where e.Id == query.ElementId
                select new { e.StrategyId, Ref = new ElementRefDto(e.Id, e.Code, e.Title, l.Name) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("element strategii", query.ElementId);
        var round = await RoundChoice.ForReportingAsync(db, user, element.StrategyId, query.RoundId, cancellationToken);

        var task = round is null ? null : (await TaskReportReader.ReadAsync(db, user, round.Id, element.Ref.Id, cancellationToken)).SingleOrDefault();
        return new ProgressPageDto(element.Ref, round, task);
    }
}
