using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>
/// The ids of a strategy's active elements — not archived, nothing archived above them — for the
/// readers that must leave archived subtrees out (tree, rounds, to-do lists, dashboard, export).
/// One query of ids and parents; the walk is done in memory.
/// </summary>
public static class ActiveElements
{
    public static async Task<HashSet<Guid>> IdsAsync(IAppDbContext db, Guid strategyId, CancellationToken ct) =>
        ElementActivity.ActiveIds((await db.Elements.AsNoTracking()
                .Where(e => e.StrategyId == strategyId)
                .Select(e => new { e.Id, e.ParentId, Archived = e.ArchivedAt != null })
                .ToListAsync(ct))
            .Select(e => (e.Id, e.ParentId, e.Archived)));

    /// <summary>
    /// Whether one element is active. A strategy with nothing archived — nearly every one — answers from one
    /// <c>EXISTS</c> without loading its tree: a value's save asks this, and the tree was most of its allocations.
    /// </summary>
    public static async Task<bool> ContainsAsync(IAppDbContext db, Guid strategyId, Guid elementId, CancellationToken ct) =>
        await ContainsAsync(db, strategyId, elementId, await db.Elements.AnyAsync(e => e.StrategyId == strategyId && e.ArchivedAt != null, ct), ct);

    /// <param name="anythingArchived">Whether the strategy has an archived element, where the caller read it with its own query.</param>
    public static async Task<bool> ContainsAsync(IAppDbContext db, Guid strategyId, Guid elementId, bool anythingArchived, CancellationToken ct) =>
        !anythingArchived || (await IdsAsync(db, strategyId, ct)).Contains(elementId);

    /// <summary>How many indicators the strategy's active elements carry.</summary>
    public static async Task<int> IndicatorCountAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var ids = await IdsAsync(db, strategyId, ct);
        return await db.Indicators.CountAsync(i => ids.Contains(i.ElementId), ct);
    }
}
