using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Strategies.Models;

/// <summary>An element with its place in the strategy, its ancestors and whether the caller may edit it.</summary>
public sealed record ElementDetailDto(
    Guid StrategyId,
    string StrategyTitle,
    IReadOnlyList<ElementRefDto> Ancestors,
    string? Narrative,
    ElementDto Element,
    int Version,
    bool CanEdit);

/// <summary>An element as its API answer and its page show it; the public sees one of an adopted strategy only, never an archived one.</summary>
internal static class ElementReader
{
    public static async Task<ElementDetailDto> ReadAsync(IAppDbContext db, Audience audience, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var element = await db.Elements.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new { e.StrategyId, e.Narrative, e.Version })
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("element strategii", id);

        var tree = await StrategyTreeReader.ReadAsync(db, element.StrategyId, ct)
            ?? throw new NotFoundException("strategia", element.StrategyId);

        if (!await audience.MaySeeAsync(tree.Strategy.Status, ct))
        {
            throw new NotFoundException("element strategii", id);
        }

        if (!tree.ById.ContainsKey(id))
        {
            throw new NotFoundException("element strategii (zarchiwizowany)", id);
        }

        var ancestors = new List<ElementRefDto>();
        for (var parent = tree.ParentOf[id]; parent is { } ancestorId; parent = tree.ParentOf[ancestorId])
        {
            var p = tree.ById[ancestorId];
            ancestors.Insert(0, new ElementRefDto(p.Id, p.Code, p.Title, p.LevelName));
        }

        return new ElementDetailDto(tree.Strategy.Id, tree.Strategy.Title, ancestors, element.Narrative, tree.ById[id], element.Version,
            await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, ct));
    }
}
