using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Access.Commands.RemoveMembership;

/// <summary>Takes a role in the current gmina away from a person. The last administrator stays.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record RemoveMembershipCommand(Guid MembershipId) : ICommand;

public sealed class RemoveMembershipHandler(IAppDbContext db, ITenantContext tenant, IAuditLog audit, IIdentityService identity) : ICommandHandler<RemoveMembershipCommand>
{
    public async ValueTask<Unit> Handle(RemoveMembershipCommand command, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == command.MembershipId, cancellationToken)
            ?? throw new NotFoundException("członkostwo", command.MembershipId);
        if (membership.Role == TenantRole.TenantAdmin && await db.Memberships.CountAsync(m => m.Role == TenantRole.TenantAdmin, cancellationToken) == 1)
        {
            throw new DomainException("Nie można usunąć ostatniego administratora gminy.");
        }

        db.Memberships.Remove(membership);
        // The log names the person as the admin knows them, not by an id.
        var person = (await identity.GetUsersAsync([membership.UserId], cancellationToken)).GetValueOrDefault(membership.UserId);
        var who = person is null ? $"użytkownik {membership.UserId}" : $"{person.DisplayName} ({person.Email})";
        audit.Record(AuditActions.MembershipRemoved, tenant.Current!.Id, $"{who}, rola: {RoleNames.Of(membership.Role)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
