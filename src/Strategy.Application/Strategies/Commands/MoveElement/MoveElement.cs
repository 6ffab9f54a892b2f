using Mediator;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Commands.MoveElement;

/// <summary>
/// Moves an element with its subtree under another parent of the level above (<see cref="ParentId"/>
/// null: to the top, for a top-level element), optionally under a new <see cref="Code"/>. The element
/// keeps its level; a move that would change it is refused.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record MoveElementCommand(Guid Id, Guid? ParentId, string? Code, int Version) : ICommand<StructureElementDto>;

/// <summary>Moves an element one place up or down among its siblings.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ReorderElementCommand(Guid Id, bool Up, int Version) : ICommand<StructureElementDto>;

public sealed class MoveElementHandler(IAppDbContext db, IAuditLog audit) :
    ICommandHandler<MoveElementCommand, StructureElementDto>,
    ICommandHandler<ReorderElementCommand, StructureElementDto>
{
    public async ValueTask<StructureElementDto> Handle(MoveElementCommand command, CancellationToken cancellationToken)
    {
        var (strategy, element) = await StructureLoad.ElementAsync(db, command.Id, cancellationToken);
        StructureLoad.EnsureVersion(element, command.Version);
        var parent = command.ParentId is { } parentId
            ? strategy.Elements.SingleOrDefault(e => e.Id == parentId) ?? throw new NotFoundException("element nadrzędny", parentId)
            : null;
        var before = element.Code;
        var oldParent = strategy.Elements.SingleOrDefault(e => e.Id == element.ParentId)?.Code ?? "najwyższy poziom";

        strategy.MoveElement(element, parent, command.Code);

        audit.Record(AuditActions.ElementMoved, strategy.TenantId,
            $"{strategy.Title}: {before}{(before == element.Code ? "" : $" → {element.Code}")} „{element.Title}” spod {oldParent} pod {parent?.Code ?? "najwyższy poziom"}");
        await db.SaveChangesAsync(cancellationToken);
        return element.ToStructureDto();
    }

    public async ValueTask<StructureElementDto> Handle(ReorderElementCommand command, CancellationToken cancellationToken)
    {
        var (strategy, element) = await StructureLoad.ElementAsync(db, command.Id, cancellationToken);
        StructureLoad.EnsureVersion(element, command.Version);

        strategy.ReorderElement(element, command.Up);

        audit.Record(AuditActions.ElementMoved, strategy.TenantId, $"{strategy.Title}: {element.Code} „{element.Title}” {(command.Up ? "wyżej" : "niżej")} wśród elementów tego samego poziomu");
        await db.SaveChangesAsync(cancellationToken);
        return element.ToStructureDto();
    }
}
