using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Queries.GetStructure;

/// <summary>
/// A strategy's active elements in tree order, with their places and versions: what the
/// coordinator's structure forms (add, move, reorder) choose from.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStructureQuery(Guid StrategyId) : IQuery<StructureDto>;

public sealed record StructureDto(Guid StrategyId, string Title, IReadOnlyList<StrategyLevelDto> Levels, IReadOnlyList<StructureNodeDto> Elements)
{
    public string LevelName(int depth) => Levels.FirstOrDefault(l => l.Depth == depth)?.Name ?? "";
}

/// <summary>One active element; <see cref="Order"/> is its position among its siblings.</summary>
public sealed record StructureNodeDto(Guid Id, Guid? ParentId, string Code, string Title, int Depth, int Order, int Version);

public sealed class GetStructureHandler(IAppDbContext db) : IQueryHandler<GetStructureQuery, StructureDto>
{
    public async ValueTask<StructureDto> Handle(GetStructureQuery query, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking()
            .Where(s => s.Id == query.StrategyId)
            .Select(s => new { s.Id, s.Title })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("strategia", query.StrategyId);
        var levels = await db.StrategyLevels.AsNoTracking()
            .Where(l => l.StrategyId == strategy.Id)
            .OrderBy(l => l.Depth)
            .Select(l => new StrategyLevelDto(l.Depth, l.Name))
            .ToListAsync(cancellationToken);
        var all = await db.Elements.AsNoTracking()
            .Where(e => e.StrategyId == strategy.Id)
            .Select(e => new { Node = new StructureNodeDto(e.Id, e.ParentId, e.Code, e.Title, e.Depth, e.Order, e.Version), Archived = e.ArchivedAt != null })
            .ToListAsync(cancellationToken);
        var active = ElementActivity.ActiveIds(all.Select(e => (e.Node.Id, e.Node.ParentId, e.Archived)));
        var childrenOf = all.Select(e => e.Node).Where(n => active.Contains(n.Id)).ToLookup(n => n.ParentId);

        IEnumerable<StructureNodeDto> InOrder(Guid? parent) =>
            childrenOf[parent].OrderBy(n => n.Order).SelectMany(n => InOrder(n.Id).Prepend(n));

        return new StructureDto(strategy.Id, strategy.Title, levels, InOrder(null).ToList());
    }
}
