using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Access.Commands.AcceptInvitation;

/// <summary>
/// Accepts an invitation: a new person sets their name and password; a person who already has an
/// account confirms it with their password. Either way the membership is created, once.
/// </summary>
[AllowAnyone]
public sealed record AcceptInvitationCommand(string Token, string? DisplayName, string Password) : ICommand<AcceptedInvitationDto>;

public sealed record AcceptedInvitationDto(Guid UserId, string Email, string TenantIdentifier);

public sealed class AcceptInvitationHandler(IAppDbContext db, IIdentityService identity, IAuditLog audit, ITenantStore tenants, ITenantScope scope, TimeProvider clock)
    : ICommandHandler<AcceptInvitationCommand, AcceptedInvitationDto>
{
    public async ValueTask<AcceptedInvitationDto> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var hash = LinkToken.Hash(command.Token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
            ?? throw new DomainException("Link zaproszenia jest nieprawidłowy.");
        var now = clock.GetUtcNow();
        if (!invitation.IsUsable(now))
        {
            invitation.Accept(Guid.Empty, now); // throws the precise reason: used or expired
        }

        var tenant = await db.Tenants.SingleAsync(t => t.Id == invitation.TenantId, cancellationToken);
        var userId = await AccountForAsync(invitation, command, cancellationToken);

        // The membership is written as the invitation's gmina: the request has no gmina of its own.
        var info = await tenants.FindByIdentifierAsync(tenant.Identifier, cancellationToken);
        using (scope.Enter(info!))
        {
            db.Memberships.Add(invitation.Accept(userId, now));
            audit.Record(AuditActions.InvitationAccepted, tenant.Id, $"{invitation.Email} jako {RoleNames.Of(invitation.Role)}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AcceptedInvitationDto(userId, invitation.Email, tenant.Identifier);
    }

    private async Task<Guid> AccountForAsync(Invitation invitation, AcceptInvitationCommand command, CancellationToken ct)
    {
        if (await identity.FindByEmailAsync(invitation.Email, ct) is { } existing)
        {
            return await identity.CheckPasswordAsync(existing.Id, command.Password, ct) switch
            {
                PasswordCheck.Valid => existing.Id,
                PasswordCheck.LockedOut => throw new DomainException("Konto zostało czasowo zablokowane po kilku błędnych hasłach. Spróbuj ponownie za kilka minut albo ustaw nowe hasło („Nie pamiętasz hasła?”)."),
                _ => throw new DomainException("Masz już konto z tym adresem: podaj jego obecne hasło."),
            };
        }

        if (string.IsNullOrWhiteSpace(command.DisplayName))
        {
            throw new DomainException("Podaj imię i nazwisko.");
        }

        var (userId, errors) = await identity.CreateUserAsync(invitation.Email, command.DisplayName.Trim(), command.Password, ct);
        return userId ?? throw new DomainException(string.Join(" ", errors));
    }
}
