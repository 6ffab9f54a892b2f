using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Support.Commands.EndSupportSession;

/// <summary>Ends the admin's open support sessions for a gmina before they expire.</summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record EndSupportSessionCommand(Guid TenantId) : ICommand;

public sealed class EndSupportSessionHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock) : ICommandHandler<EndSupportSessionCommand>
{
    public async ValueTask<Unit> Handle(EndSupportSessionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.SupportSessions
            .Where(s => s.TenantId == command.TenantId && s.AdminUserId == user.UserId && s.EndedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var session in open.Where(s => s.IsActive(now)))
        {
            session.End(now);
            audit.Record(AuditActions.SupportSessionEnded, command.TenantId, session.Reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
