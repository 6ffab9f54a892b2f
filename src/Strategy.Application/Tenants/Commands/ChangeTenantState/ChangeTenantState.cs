using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Tenants.Commands.ChangeTenantState;

/// <summary>Suspends a gmina (members see a notice, the API answers 403, public pages go dark) or reactivates it.</summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record ChangeTenantStateCommand(Guid TenantId, bool Suspend) : ICommand;

public sealed class ChangeTenantStateHandler(IAppDbContext db, ITenantStore store, IAuditLog audit) : ICommandHandler<ChangeTenantStateCommand>
{
    public async ValueTask<Unit> Handle(ChangeTenantStateCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == command.TenantId, cancellationToken)
            ?? throw new NotFoundException("gmina", command.TenantId);
        if (command.Suspend)
        {
            tenant.Suspend();
        }
        else
        {
            tenant.Reactivate();
        }

        audit.Record(command.Suspend ? AuditActions.TenantSuspended : AuditActions.TenantReactivated, tenant.Id, tenant.Name);
        await db.SaveChangesAsync(cancellationToken);
        store.Forget(tenant.Identifier);
        return Unit.Value;
    }
}
