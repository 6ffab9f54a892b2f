using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring.Queries.GetValueEntryPage;

/// <summary>
/// The value page of an indicator: the indicator, the round it is reported in (<paramref name="RoundId"/> if it is the
/// strategy's, else the strategy's open one) and what the caller reports for it there — null when another institution
/// supplies it. Without a round there is nothing to report; with one, reporting needs the permission to.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetValueEntryPageQuery(Guid IndicatorId, Guid? RoundId) : IQuery<ValueEntryPageDto>;

public sealed record ValueEntryPageDto(Guid IndicatorId, string Name, string? Unit, ElementRefDto Element, RoundRefDto? Round, ReportingTaskDto? Task);

public sealed class GetValueEntryPageHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetValueEntryPageQuery, ValueEntryPageDto>
{
    public async ValueTask<ValueEntryPageDto> Handle(GetValueEntryPageQuery query, CancellationToken cancellationToken)
    {
        var indicator = await (
                from i in db.Indicators.AsNoTracking()
                join e in db.Elements on i.ElementId equals e.Id
                join l in db.StrategyLevels on new { e.StrategyId, e.Depth } equals new { l.StrategyId, l.Depth }
                where i.Id == query.IndicatorId
                select new { i.Id, i.Name, i.Unit, e.StrategyId, Element = new ElementRefDto(e.Id, e.Code, e.Title, l.Name) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("wskaźnik", query.IndicatorId);
        var round = await RoundChoice.ForReportingAsync(db, user, indicator.StrategyId, query.RoundId, cancellationToken);

        var task = round is null ? null : (await ReportingTaskReader.ReadAsync(db, user, round.Id, indicator.Id, cancellationToken)).SingleOrDefault();
        return new ValueEntryPageDto(indicator.Id, indicator.Name, indicator.Unit, indicator.Element, round, task);
    }
}
