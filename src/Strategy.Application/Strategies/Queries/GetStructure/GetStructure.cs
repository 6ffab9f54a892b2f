using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetStructure;

/// <summary>
/// A strategy's active elements in tree order, with their places and versions: what the
/// coordinator's structure forms (add, move, reorder) choose from.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStructureQuery(Guid StrategyId) : IQuery<StructureDto>;

public sealed class GetStructureHandler(IAppDbContext db) : IQueryHandler<GetStructureQuery, StructureDto>
{
    public async ValueTask<StructureDto> Handle(GetStructureQuery query, CancellationToken cancellationToken) =>
        await StructureReader.ReadAsync(db, query.StrategyId, cancellationToken);
}
