using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Common;
using Strategy.Domain.Messaging;

namespace Strategy.Application.Access;

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

public sealed record InvitationSentDto(Guid InvitationId, string Email, DateTimeOffset ExpiresAt);
