using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Strategies;
using Strategy.Application.Strategies.Models;

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

        audit.Record(command.Archive ? AuditActions.ElementArchived : AuditActions.ElementRestored, strategy.TenantId, $"{strategy.Title}: {element.Code} „{element.Title}”");
        await db.SaveChangesAsync(cancellationToken);
        return element.ToStructureDto();
    }
}

