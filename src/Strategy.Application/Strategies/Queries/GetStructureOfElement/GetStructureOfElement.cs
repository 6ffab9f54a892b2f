using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetStructureOfElement;

/// <summary>The move page of an element: the structure of the element's strategy, which the element and its new parent are chosen from.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStructureOfElementQuery(Guid ElementId) : IQuery<StructureDto>;

public sealed class GetStructureOfElementHandler(IAppDbContext db) : IQueryHandler<GetStructureOfElementQuery, StructureDto>
{
    public async ValueTask<StructureDto> Handle(GetStructureOfElementQuery query, CancellationToken cancellationToken) =>
        await StructureReader.ReadAsync(db, await StructureLoad.StrategyIdOfAsync(db, query.ElementId, cancellationToken), cancellationToken);
}
