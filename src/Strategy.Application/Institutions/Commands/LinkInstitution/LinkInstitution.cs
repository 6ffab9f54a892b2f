using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Institutions.Commands.LinkInstitution;

/// <summary>
/// Names an institution on an element in a role (coordinator, partner, implementer). Linking twice
/// changes nothing, so two people doing it at once cannot undo each other.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record LinkInstitutionCommand(Guid ElementId, Guid InstitutionId, InstitutionRole Role) : ICommand<bool>;

public sealed class LinkInstitutionHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<LinkInstitutionCommand, bool>
{
    public async ValueTask<bool> Handle(LinkInstitutionCommand command, CancellationToken cancellationToken)
    {
        var element = await db.Elements.Include(e => e.Institutions).SingleOrDefaultAsync(e => e.Id == command.ElementId, cancellationToken)
            ?? throw new NotFoundException("element strategii", command.ElementId);
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.InstitutionId, cancellationToken)
            ?? throw new NotFoundException("instytucja", command.InstitutionId);
        var before = element.Institutions.Count;
        element.LinkInstitution(institution, command.Role);
        if (element.Institutions.Count == before)
        {
            return false;
        }

        audit.Record(AuditActions.InstitutionLinked, element.TenantId, $"{element.Code}: „{institution.Name}” ({InstitutionRoleText.Of(command.Role)})");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
