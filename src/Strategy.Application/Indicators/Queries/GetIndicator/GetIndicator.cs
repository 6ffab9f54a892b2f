using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Indicators.Queries.GetIndicator;

/// <summary>An indicator with its values by year, and where it hangs in its strategy.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetIndicatorQuery(Guid Id) : IQuery<IndicatorDetailDto>;

public sealed record IndicatorDetailDto(
    Guid Id,
    string Name,
    string? Unit,
    string? DataSource,
    string? Supplier,
    Domain.Indicators.IndicatorDirection Direction,
    YearValueDto? Baseline,
    YearValueDto? Target,
    IReadOnlyList<MeasurementDto> Measurements,
    Guid StrategyId,
    string StrategyTitle,
    ElementRefDto Element);

public sealed class GetIndicatorHandler(IAppDbContext db) : IQueryHandler<GetIndicatorQuery, IndicatorDetailDto>
{
    public async ValueTask<IndicatorDetailDto> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        var place = await (
            from i in db.Indicators.AsNoTracking()
            join e in db.Elements on i.ElementId equals e.Id
            join s in db.Strategies on e.StrategyId equals s.Id
            join l in db.StrategyLevels on new { s.Id, e.Depth } equals new { Id = l.StrategyId, l.Depth }
            where i.Id == query.Id
            select new { StrategyId = s.Id, StrategyTitle = s.Title, Element = new ElementRefDto(e.Id, e.Code, e.Title, l.Name) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("wskaźnik", query.Id);

        var indicator = (await IndicatorReader.ReadAsync(db, db.Indicators.Where(i => i.Id == query.Id), cancellationToken))
            .Single().Single();

        return new IndicatorDetailDto(
            indicator.Id, indicator.Name, indicator.Unit, indicator.DataSource, indicator.Supplier, indicator.Direction,
            indicator.Baseline, indicator.Target, indicator.Measurements, place.StrategyId, place.StrategyTitle, place.Element);
    }
}
