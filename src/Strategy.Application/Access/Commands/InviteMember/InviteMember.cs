using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Common;
using Strategy.Domain.Audit;
using Strategy.Domain.Messaging;

namespace Strategy.Application.Access.Commands.InviteMember;

/// <summary>Invites a person by e-mail to the current gmina in a role (a Partner with their institution).</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record InviteMemberCommand(string Email, TenantRole Role, Guid? InstitutionId) : ICommand<InvitationSentDto>;

public sealed record InvitationSentDto(Guid InvitationId, string Email, DateTimeOffset ExpiresAt);

public sealed class InviteMemberHandler(IAppDbContext db, ITenantContext tenant, ICurrentUser user, IAuditLog audit, IAppLinks links, TimeProvider clock)
    : ICommandHandler<InviteMemberCommand, InvitationSentDto>
{
    public async ValueTask<InvitationSentDto> Handle(InviteMemberCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        if (command.InstitutionId is { } institutionId && !await db.Institutions.AnyAsync(i => i.Id == institutionId, cancellationToken))
        {
            throw new NotFoundException("instytucja", institutionId);
        }

        var sent = await Invitations.SendAsync(db, links, clock, current.Id, current.Name, command.Email, command.Role, command.InstitutionId, user.UserId);
        audit.Record(AuditActions.InvitationSent, current.Id, $"{sent.Email} jako {RoleNames.Of(command.Role)}");
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Creates an invitation and its e-mail in the outbox (saved by the caller, together).</summary>
public static class Invitations
{
    public static Task<InvitationSentDto> SendAsync(IAppDbContext db, IAppLinks links, TimeProvider clock, Guid tenantId, string tenantName, string email, TenantRole role, Guid? institutionId, Guid? invitedBy)
    {
        var now = clock.GetUtcNow();
        var (invitation, token) = Invitation.Create(tenantId, email, role, institutionId, invitedBy, now);
        db.Invitations.Add(invitation);
        db.OutboxMessages.Add(new OutboxMessage(
            invitation.Email,
            $"Zaproszenie do platformy strategii: {tenantName}",
            $"""
            Dzień dobry,

            zapraszamy do pracy nad strategią rozwiązywania problemów społecznych: {tenantName}, w roli: {RoleNames.Of(role)}.

            Aby przyjąć zaproszenie i ustawić hasło, otwórz link:
            {links.Invitation(token)}

            Link jest ważny do {PolishTime.Day(invitation.ExpiresAt):dd.MM.yyyy} i można go użyć tylko raz.
            """,
            now));
        return Task.FromResult(new InvitationSentDto(invitation.Id, invitation.Email, invitation.ExpiresAt));
    }
}
