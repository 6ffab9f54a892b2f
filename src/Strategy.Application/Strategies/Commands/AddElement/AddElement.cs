using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Commands.AddElement;

/// <summary>
/// Adds an element to a strategy: under <see cref="ParentId"/> (one level below it) or, without it,
/// at the top. It goes last among its siblings; its code must be free among the active elements.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record AddElementCommand(Guid StrategyId, Guid? ParentId, string Code, string Title, string? Statement) : ICommand<StructureElementDto>;

public sealed class AddElementHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<AddElementCommand, StructureElementDto>
{
    public async ValueTask<StructureElementDto> Handle(AddElementCommand command, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.Include(s => s.Levels).Include(s => s.Elements)
            .SingleOrDefaultAsync(s => s.Id == command.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", command.StrategyId);
        var parent = command.ParentId is { } parentId
            ? strategy.Elements.SingleOrDefault(e => e.Id == parentId) ?? throw new NotFoundException("element nadrzędny", parentId)
            : null;

        var element = strategy.AddNewElement(parent, command.Code, command.Title, command.Statement);
        db.Elements.Add(element);
        audit.Record(AuditActions.ElementAdded, strategy.TenantId, $"{strategy.Title}: {element.Code} „{element.Title}”" + (parent is null ? "" : $" pod {parent.Code}"));
        await db.SaveChangesAsync(cancellationToken);
        return element.ToStructureDto();
    }
}
