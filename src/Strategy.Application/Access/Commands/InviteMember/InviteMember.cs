using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Common;
using Strategy.Domain.Audit;
using Strategy.Domain.Messaging;
using Strategy.Application.Access;

namespace Strategy.Application.Access.Commands.InviteMember;

/// <summary>Invites a person by e-mail to the current gmina in a role (a Partner with their institution).</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record InviteMemberCommand(string Email, TenantRole Role, Guid? InstitutionId) : ICommand<InvitationSentDto>;

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

