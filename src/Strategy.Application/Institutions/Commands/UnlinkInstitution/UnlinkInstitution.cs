using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Institutions.Commands.UnlinkInstitution;

/// <summary>Takes an institution off an element in a role (in every role when none is given); the institution stays in the registry.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record UnlinkInstitutionCommand(Guid ElementId, Guid InstitutionId, InstitutionRole? Role) : ICommand<bool>;

public sealed class UnlinkInstitutionHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<UnlinkInstitutionCommand, bool>
{
    public async ValueTask<bool> Handle(UnlinkInstitutionCommand command, CancellationToken cancellationToken)
    {
        var element = await db.Elements.Include(e => e.Institutions).SingleOrDefaultAsync(e => e.Id == command.ElementId, cancellationToken)
            ?? throw new NotFoundException("element strategii", command.ElementId);
        if (!element.UnlinkInstitution(command.InstitutionId, command.Role))
        {
            return false;
        }

        audit.Record(AuditActions.InstitutionUnlinked, element.TenantId, $"{element.Code}: {command.InstitutionId} ({(command.Role is { } role ? InstitutionRoleText.Of(role) : "wszystkie role")})");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
