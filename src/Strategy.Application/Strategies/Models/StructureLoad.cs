using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

/// <summary>Loading an element with its whole strategy (the aggregate that keeps the tree's rules), and the version check.</summary>
public static class StructureLoad
{
    public static async Task<(MunicipalStrategy Strategy, StrategyElement Element)> ElementAsync(IAppDbContext db, Guid id, CancellationToken ct)
    {
        var strategyId = await StrategyIdOfAsync(db, id, ct);
        var strategy = await db.Strategies.Include(s => s.Levels).Include(s => s.Elements).SingleAsync(s => s.Id == strategyId, ct);
        return (strategy, strategy.Elements.Single(e => e.Id == id));
    }

    /// <summary>The strategy an element belongs to; 404 for an element this gmina does not have.</summary>
    public static async Task<Guid> StrategyIdOfAsync(IAppDbContext db, Guid elementId, CancellationToken ct) =>
        await db.Elements.Where(e => e.Id == elementId).Select(e => (Guid?)e.StrategyId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("element strategii", elementId);

    /// <summary>Refuses a change made from an older version, saying what the element is now.</summary>
    public static void EnsureVersion(StrategyElement element, int version) => VersionCheck.Ensure(element, version, () => new(
        $"zmienił element {element.Code}", $"Teraz: „{element.Title}”{(element.ArchivedAt is null ? "" : ", zarchiwizowany")}", element.ToStructureDto()));
}
