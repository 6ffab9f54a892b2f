using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetStructureOfElement;

/// <summary>The move page of an element: the structure of the element's strategy, which the element and its new parent are chosen from.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStructureOfElementQuery(Guid ElementId) : IQuery<StructureDto>;

public sealed class GetStructureOfElementHandler(IAppDbContext db) : IQueryHandler<GetStructureOfElementQuery, StructureDto>
{
    public async ValueTask<StructureDto> Handle(GetStructureOfElementQuery query, CancellationToken cancellationToken)
    {
        var strategyId = await db.Elements.Where(e => e.Id == query.ElementId).Select(e => (Guid?)e.StrategyId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("element strategii", query.ElementId);
        return await StructureReader.ReadAsync(db, strategyId, cancellationToken);
    }
}
