using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>A strategy's levels and active elements in tree order: what the structure forms (add, move, reorder) choose from.</summary>
public sealed record StructureDto(Guid StrategyId, string Title, IReadOnlyList<StrategyLevelDto> Levels, IReadOnlyList<StructureNodeDto> Elements)
{
    public string LevelName(int depth) => Levels.FirstOrDefault(l => l.Depth == depth)?.Name ?? "";
}

/// <summary>One active element; <see cref="Order"/> is its position among its siblings.</summary>
public sealed record StructureNodeDto(Guid Id, Guid? ParentId, string Code, string Title, int Depth, int Order, int Version);

/// <summary>A strategy's active elements in tree order, with their places and versions, for the structure forms.</summary>
internal static class StructureReader
{
    public static async Task<StructureDto> ReadAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var strategy = await db.Strategies.AsNoTracking()
            .Where(s => s.Id == strategyId)
            .Select(s => new { s.Id, s.Title })
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("strategia", strategyId);
        var levels = await db.StrategyLevels.AsNoTracking()
            .Where(l => l.StrategyId == strategy.Id)
            .OrderBy(l => l.Depth)
            .Select(l => new StrategyLevelDto(l.Depth, l.Name))
            .ToListAsync(ct);
        var all = await db.Elements.AsNoTracking()
            .Where(e => e.StrategyId == strategy.Id)
            .Select(e => new { Node = new StructureNodeDto(e.Id, e.ParentId, e.Code, e.Title, e.Depth, e.Order, e.Version), Archived = e.ArchivedAt != null })
            .ToListAsync(ct);
        var active = ElementActivity.ActiveIds(all.Select(e => (e.Node.Id, e.Node.ParentId, e.Archived)));
        var childrenOf = all.Select(e => e.Node).Where(n => active.Contains(n.Id)).ToLookup(n => n.ParentId);

        IEnumerable<StructureNodeDto> InOrder(Guid? parent) =>
            childrenOf[parent].OrderBy(n => n.Order).SelectMany(n => InOrder(n.Id).Prepend(n));

        return new StructureDto(strategy.Id, strategy.Title, levels, InOrder(null).ToList());
    }
}
