using Strategy.Application.Common.Text;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Monitoring;

/// <summary>
/// The tasks of a strategy are the elements of its last level (Chrzanów's "Zadanie", Krasnystaw's
/// operational goals), archived ones aside; institutions named on them in any role report their progress.
/// </summary>
internal static class StrategyTasks
{
    public sealed record Task(Guid ElementId, Guid? ParentId, string Code, string Title, IReadOnlyList<(Guid Id, string Name)> Institutions);

    public static async Task<List<Task>> OfAsync(IAppDbContext db, Guid strategyId, CancellationToken ct)
    {
        var depth = await db.StrategyLevels.Where(l => l.StrategyId == strategyId).MaxAsync(l => (int?)l.Depth, ct) ?? 0;
        var active = await ActiveElements.IdsAsync(db, strategyId, ct);
        var elements = (await db.Elements.AsNoTracking()
            .Where(e => e.StrategyId == strategyId && e.Depth == depth)
            .Select(e => new { e.Id, e.ParentId, e.Code, e.Title })
            .ToListAsync(ct))
            .Where(e => active.Contains(e.Id)) // archived tasks leave the to-do lists and the counts
            .OrderBy(e => e.Code, ElementCodeComparer.Instance) // 1.1.2 before 1.1.10, as people read them
            .ToList();
        var ids = elements.Select(e => e.Id).ToList();
        var links = await (
            from l in db.ElementInstitutions.AsNoTracking()
            join i in db.Institutions on l.InstitutionId equals i.Id
            where ids.Contains(l.ElementId)
            select new { l.ElementId, i.Id, i.Name })
            .ToListAsync(ct);
        var byElement = links.ToLookup(l => l.ElementId);
        return elements
            .Select(e => new Task(e.Id, e.ParentId, e.Code, e.Title, byElement[e.Id].Select(l => (l.Id, l.Name)).Distinct().ToList()))
            .ToList();
    }
}
