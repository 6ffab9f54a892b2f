using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>
/// Reads one strategy's whole tree in a fixed number of queries (one per table, never one per
/// element) and assembles it in memory. Shared by the strategy and element views. Archived
/// elements and everything below them are left out: their data stay, but not in the strategy.
/// </summary>
public static class StrategyTreeReader
{
    public sealed record Tree(MunicipalStrategy Strategy, IReadOnlyList<StrategyLevelDto> Levels, IReadOnlyList<ElementDto> Roots, IReadOnlyDictionary<Guid, ElementDto> ById, IReadOnlyDictionary<Guid, Guid?> ParentOf);

    public static async Task<Tree?> ReadAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var strategy = await db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == strategyId, ct);
        if (strategy is null)
        {
            return null;
        }

        var levels = await db.StrategyLevels.AsNoTracking()
            .Where(l => l.StrategyId == strategyId)
            .OrderBy(l => l.Depth)
            .Select(l => new StrategyLevelDto(l.Depth, l.Name))
            .ToListAsync(ct);

        var all = await db.Elements.AsNoTracking()
            .Where(e => e.StrategyId == strategyId)
            .OrderBy(e => e.Depth).ThenBy(e => e.Order)
            .ToListAsync(ct);
        var active = ElementActivity.ActiveIds(all.Select(e => (e.Id, e.ParentId, e.ArchivedAt is not null)));
        var elements = all.Where(e => active.Contains(e.Id)).ToList();

        var links = (await db.ElementInstitutions.AsNoTracking()
            .Where(l => active.Contains(l.ElementId))
            .OrderBy(l => l.Order)
            .Select(l => new { l.ElementId, l.Role, l.Institution!.Name })
            .ToListAsync(ct))
            .ToLookup(l => l.ElementId, l => (l.Role, l.Name));

        var indicators = await IndicatorReader.ReadAsync(db, db.Indicators.Where(i => active.Contains(i.ElementId)), ct);

        var levelName = levels.ToDictionary(l => l.Depth, l => l.Name);
        var childrenOf = elements.ToLookup(e => e.ParentId);
        var byId = new Dictionary<Guid, ElementDto>();

        ElementDto Build(StrategyElement e)
        {
            var elementLinks = links[e.Id].ToList();
            var dto = new ElementDto(
                e.Id,
                e.Code,
                e.Title,
                e.Statement,
                e.Depth,
                levelName.GetValueOrDefault(e.Depth, ""),
                InstitutionRoleNames.Of(elementLinks, InstitutionRole.Coordinator),
                InstitutionRoleNames.Of(elementLinks, InstitutionRole.Partner),
                InstitutionRoleNames.Of(elementLinks, InstitutionRole.Implementer),
                indicators[e.Id].ToList(),
                childrenOf[e.Id].OrderBy(c => c.Order).Select(Build).ToList());
            byId[e.Id] = dto;
            return dto;
        }

        var roots = childrenOf[null].OrderBy(e => e.Order).Select(Build).ToList();
        return new Tree(strategy, levels, roots, byId, elements.ToDictionary(e => e.Id, e => e.ParentId));
    }
}
