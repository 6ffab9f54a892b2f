using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;

namespace Strategy.Application.Support.Commands.StartSupportSession;

/// <summary>
/// Opens a platform admin's audited, one-hour read access to a gmina's unpublished data, with a reason.
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record StartSupportSessionCommand(Guid TenantId, string Reason) : ICommand<SupportSessionDto>;

public sealed record SupportSessionDto(Guid Id, string TenantIdentifier, DateTimeOffset ExpiresAt);

public sealed class StartSupportSessionHandler(IAppDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock) : ICommandHandler<StartSupportSessionCommand, SupportSessionDto>
{
    public async ValueTask<SupportSessionDto> Handle(StartSupportSessionCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == command.TenantId, cancellationToken)
            ?? throw new NotFoundException("gmina", command.TenantId);
        var session = new SupportSession(user.UserId!.Value, tenant.Id, command.Reason, clock.GetUtcNow());
        db.SupportSessions.Add(session);
        audit.Record(AuditActions.SupportSessionStarted, tenant.Id, session.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return new SupportSessionDto(session.Id, tenant.Identifier, session.ExpiresAt);
    }
}
