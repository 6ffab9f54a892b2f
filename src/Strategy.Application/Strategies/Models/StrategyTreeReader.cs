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
        StrategyHead Strategy,
        IReadOnlyList<StrategyLevelDto> Levels,
        IReadOnlyList<ElementDto> Roots,
        IReadOnlyDictionary<Guid, ElementDto> ById,
        IReadOnlyDictionary<Guid, Guid?> ParentOf,
        IReadOnlyList<ElementRow> All,
        IReadOnlyDictionary<Guid, int> IndicatorCounts);

    /// <summary>The strategy's own fields the tree views show.</summary>
    public sealed record StrategyHead(Guid Id, string Title, int? PeriodStart, int? PeriodEnd, string? AdoptionResolution, string? Source, StrategyStatus Status);

    /// <summary>An element as the tree views need it: read as columns, not as an entity (no narrative, no constructor).</summary>
    public sealed record ElementRow(Guid Id, Guid? ParentId, int Depth, int Order, string Code, string Title, string? Statement, string? Funding, string? TimeFrame, DateTimeOffset? ArchivedAt, int Version);

    /// <summary>
    /// Two SQL commands, whatever the size. The first is flat rows, no nested collections (whose
    /// materialisation cost more than the query): each level of the strategy joined with its elements
    /// (an element's depth always has a level) and theirs with their institutions, so a row per
    /// element and institution and none multiplied. The second is every indicator with its values.
    /// </summary>
    public static async Task<Tree?> ReadAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var rows = await (
                from s in db.Strategies
                where s.Id == strategyId
                from l in db.StrategyLevels.Where(l => l.StrategyId == s.Id).DefaultIfEmpty()
                from e in db.Elements.Where(e => e.StrategyId == s.Id && e.Depth == l!.Depth).DefaultIfEmpty()
                from i in db.ElementInstitutions.Where(i => i.ElementId == e!.Id).DefaultIfEmpty()
                select new
                {
                    Strategy = new StrategyHead(s.Id, s.Title, s.PeriodStart, s.PeriodEnd, s.AdoptionResolution, s.Source, s.Status),
                    LevelDepth = (int?)l!.Depth,
                    LevelName = l.Name,
                    Element = e == null ? null : new ElementRow(e.Id, e.ParentId, e.Depth, e.Order, e.Code, e.Title, e.Statement, e.Funding, e.TimeFrame, e.ArchivedAt, e.Version),
                    Role = (InstitutionRole?)i!.Role,
                    Institution = i.Institution!.Name,
                    LinkOrder = (int?)i.Order,
                })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var strategy = rows[0].Strategy;
        var levels = rows.Where(r => r.LevelDepth is not null).DistinctBy(r => r.LevelDepth).OrderBy(r => r.LevelDepth)
            .Select(r => new StrategyLevelDto(r.LevelDepth!.Value, r.LevelName)).ToList();
        var all = rows.Select(r => r.Element).OfType<ElementRow>().DistinctBy(e => e.Id).OrderBy(e => e.Depth).ThenBy(e => e.Order).ToList();
        var active = ElementActivity.ActiveIds(all.Select(e => (e.Id, e.ParentId, e.ArchivedAt is not null)));
        var elements = all.Where(e => active.Contains(e.Id)).ToList();
        var links = rows.Where(r => r.Role is not null).OrderBy(r => r.LinkOrder).ToLookup(r => r.Element!.Id, r => (r.Role!.Value, r.Institution));

        var indicators = await IndicatorReader.ReadAsync(db, db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategyId)), ct);

        var levelName = levels.ToDictionary(l => l.Depth, l => l.Name);
        var childrenOf = elements.ToLookup(e => e.ParentId);
        var byId = new Dictionary<Guid, ElementDto>();

        ElementDto Build(ElementRow e)
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
                childrenOf[e.Id].OrderBy(c => c.Order).Select(Build).ToList(),
                e.Funding,
                e.TimeFrame);
            byId[e.Id] = dto;
            return dto;
        }

        var roots = childrenOf[null].OrderBy(e => e.Order).Select(Build).ToList();
        return new Tree(strategy, levels, roots, byId, elements.ToDictionary(e => e.Id, e => e.ParentId), all, indicators.ToDictionary(g => g.Key, g => g.Count()));
    }
}
