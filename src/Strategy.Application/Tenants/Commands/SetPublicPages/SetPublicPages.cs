using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Commands.SetPublicPages;

/// <summary>Whether anonymous visitors may read what the current gmina publishes.</summary>
[RequiresPermission(Permission.ManageSettings)]
public sealed record SetPublicPagesCommand(bool Enabled) : ICommand;

public sealed class SetPublicPagesHandler(IAppDbContext db, ITenantContext tenant, ITenantStore store) : ICommandHandler<SetPublicPagesCommand>
{
    public async ValueTask<Unit> Handle(SetPublicPagesCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        var entity = await db.Tenants.SingleAsync(t => t.Id == current.Id, cancellationToken);
        entity.SetPublicPages(command.Enabled);
        await db.SaveChangesAsync(cancellationToken);
        store.Forget(current.Identifier);
        return Unit.Value;
    }
}
