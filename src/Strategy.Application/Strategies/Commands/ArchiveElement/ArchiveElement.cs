using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Commands.AddElement;
using Strategy.Domain.Audit;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Commands.ArchiveElement;

/// <summary>
/// Archives an element (<see cref="Archive"/> true) or restores it (false), from the version the
/// person read. Archiving deletes nothing: the element, its subtree, indicators, values and history
/// stay and come back on restore.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ArchiveElementCommand(Guid Id, bool Archive, int Version) : ICommand<StructureElementDto>;

public sealed class ArchiveElementHandler(IAppDbContext db, IAuditLog audit, TimeProvider clock) : ICommandHandler<ArchiveElementCommand, StructureElementDto>
{
    public async ValueTask<StructureElementDto> Handle(ArchiveElementCommand command, CancellationToken cancellationToken)
    {
        var (strategy, element) = await StructureLoad.ElementAsync(db, command.Id, cancellationToken);
        StructureLoad.EnsureVersion(element, command.Version);

        if (command.Archive)
        {
            strategy.ArchiveElement(element, clock.GetUtcNow());
        }
        else
        {
            strategy.RestoreElement(element);
        }

        db.ExpectVersion(element, command.Version);
        audit.Record(command.Archive ? AuditActions.ElementArchived : AuditActions.ElementRestored, strategy.TenantId, $"{strategy.Title}: {element.Code} „{element.Title}”");
        await db.SaveChangesAsync(cancellationToken);
        return StructureElementDto.Of(element);
    }
}

/// <summary>Loading an element with its whole strategy (the aggregate that keeps the tree's rules), and the version check.</summary>
public static class StructureLoad
{
    public static async Task<(MunicipalStrategy Strategy, StrategyElement Element)> ElementAsync(IAppDbContext db, Guid id, CancellationToken ct)
    {
        var strategyId = await db.Elements.Where(e => e.Id == id).Select(e => (Guid?)e.StrategyId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("element strategii", id);
        var strategy = await db.Strategies.Include(s => s.Levels).Include(s => s.Elements).SingleAsync(s => s.Id == strategyId, ct);
        return (strategy, strategy.Elements.Single(e => e.Id == id));
    }

    /// <summary>Refuses a change made from an older version, saying what the element is now.</summary>
    public static void EnsureVersion(StrategyElement element, int version)
    {
        if (element.Version != version)
        {
            throw new ConflictException(
                $"Ktoś inny zmienił element {element.Code}, gdy go przeglądałeś(-aś). Teraz: „{element.Title}”"
                + (element.ArchivedAt is null ? "" : ", zarchiwizowany")
                + ". Nic nie zostało zmienione: sprawdź element i spróbuj ponownie.",
                element.Version,
                StructureElementDto.Of(element));
        }
    }
}
