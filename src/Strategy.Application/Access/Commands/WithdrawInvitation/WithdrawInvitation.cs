using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Application.Access;

namespace Strategy.Application.Access.Commands.WithdrawInvitation;

/// <summary>
/// A pending invitation taken back — its link stops working — or, with <see cref="Resend"/>, replaced by a new one
/// with a fresh link and expiry, to the same address, role and institution (a lost or expired e-mail). One save.
/// Invitations are not tenant-filtered (the invitee has no gmina yet): the gmina is checked here.
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record WithdrawInvitationCommand(Guid InvitationId, bool Resend) : ICommand<InvitationSentDto?>;

public sealed class WithdrawInvitationHandler(IAppDbContext db, ITenantContext tenant, ICurrentUser user, IAuditLog audit, IAppLinks links, TimeProvider clock)
    : ICommandHandler<WithdrawInvitationCommand, InvitationSentDto?>
{
    public async ValueTask<InvitationSentDto?> Handle(WithdrawInvitationCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == command.InvitationId && i.TenantId == current.Id && i.AcceptedAt == null, cancellationToken)
            ?? throw new NotFoundException("zaproszenie", command.InvitationId);

        db.Invitations.Remove(invitation);
        InvitationSentDto? sent = null;
        if (command.Resend)
        {
            sent = await Invitations.SendAsync(db, links, clock, current.Id, current.Name, invitation.Email, invitation.Role, invitation.InstitutionId, user.UserId);
            audit.Record(AuditActions.InvitationSent, current.Id, $"{invitation.Email} jako {RoleNames.Of(invitation.Role)} (ponownie, nowy link)");
        }
        else
        {
            audit.Record(AuditActions.InvitationCancelled, current.Id, $"{invitation.Email} jako {RoleNames.Of(invitation.Role)}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
