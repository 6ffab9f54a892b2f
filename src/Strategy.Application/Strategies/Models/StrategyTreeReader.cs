using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>
/// Reads one strategy's whole tree in a fixed number of queries (never one per element) and
/// assembles it in memory. Shared by the strategy and element views. Archived
/// elements and everything below them are left out: their data stay, but not in the strategy.
/// </summary>
public static class StrategyTreeReader
{
    /// <param name="All">Every element of the strategy, archived ones included.</param>
    /// <param name="IndicatorCounts">How many indicators each element has, archived elements included.</param>
    public sealed record Tree(
        MunicipalStrategy Strategy,
        IReadOnlyList<StrategyLevelDto> Levels,
        IReadOnlyList<ElementDto> Roots,
        IReadOnlyDictionary<Guid, ElementDto> ById,
        IReadOnlyDictionary<Guid, Guid?> ParentOf,
        IReadOnlyList<StrategyElement> All,
        IReadOnlyDictionary<Guid, int> IndicatorCounts);

    /// <summary>
    /// Two SQL commands, whatever the size: the strategy with its levels, elements and their
    /// institutions (levels are few, so joining them beside the elements multiplies rows by a handful),
    /// then every indicator of the strategy with its values.
    /// </summary>
    public static async Task<Tree?> ReadAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var found = await db.Strategies.AsNoTracking()
            .Where(s => s.Id == strategyId)
            .Select(s => new
            {
                Strategy = s,
                Levels = db.StrategyLevels.Where(l => l.StrategyId == s.Id).OrderBy(l => l.Depth).Select(l => new StrategyLevelDto(l.Depth, l.Name)).ToList(),
                Elements = db.Elements.Where(e => e.StrategyId == s.Id)
                    .Select(e => new
                    {
                        Element = e,
                        Links = db.ElementInstitutions.Where(l => l.ElementId == e.Id).OrderBy(l => l.Order).Select(l => new { l.Role, l.Institution!.Name }).ToList(),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var strategy = found.Strategy;
        var levels = found.Levels;
        var all = found.Elements.Select(x => x.Element).OrderBy(e => e.Depth).ThenBy(e => e.Order).ToList();
        var active = ElementActivity.ActiveIds(all.Select(e => (e.Id, e.ParentId, e.ArchivedAt is not null)));
        var elements = all.Where(e => active.Contains(e.Id)).ToList();
        var links = found.Elements.SelectMany(x => x.Links.Select(l => (x.Element.Id, l.Role, l.Name))).ToLookup(l => l.Id, l => (l.Role, l.Name));

        var indicators = await IndicatorReader.ReadAsync(db, db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategyId)), ct);

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
        return new Tree(strategy, levels, roots, byId, elements.ToDictionary(e => e.Id, e => e.ParentId), all, indicators.ToDictionary(g => g.Key, g => g.Count()));
    }
}
