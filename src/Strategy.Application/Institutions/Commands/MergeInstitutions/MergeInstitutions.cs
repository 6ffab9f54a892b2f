using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Institutions.Commands.MergeInstitutions;

/// <summary>
/// One institution written two ways ("MOPS" and "Miejski Ośrodek Pomocy Społecznej") becomes one:
/// its links to elements, the indicators it supplies, its partners' memberships and pending
/// invitations move to the kept record, and only then the duplicate record goes — all in one save.
/// Moving people changes what they answer for: a duplicate with partners' accounts or invitations is
/// merged by whoever manages the gmina's users, not by the coordinator alone.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record MergeInstitutionsCommand(Guid DuplicateId, Guid KeptId) : ICommand<MergedInstitutionsDto>;

public sealed record MergedInstitutionsDto(Guid KeptId, string Kept, int LinksMoved, int IndicatorsMoved, int PeopleMoved, string Removed = "");

public sealed class MergeInstitutionsHandler(IAppDbContext db, ITenantContext tenant, ICurrentUser user, IAuditLog audit) : ICommandHandler<MergeInstitutionsCommand, MergedInstitutionsDto>
{
    public async ValueTask<MergedInstitutionsDto> Handle(MergeInstitutionsCommand command, CancellationToken cancellationToken)
    {
        if (command.DuplicateId == command.KeptId)
        {
            throw new DomainException("Wybierz dwie różne instytucje: tę, która zostaje, i jej duplikat.");
        }

        var duplicate = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.DuplicateId, cancellationToken)
            ?? throw new NotFoundException("instytucja", command.DuplicateId);
        var kept = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.KeptId, cancellationToken)
            ?? throw new NotFoundException("instytucja", command.KeptId);

        // A link the kept institution already has in the same role is dropped, not doubled.
        var keptLinks = await db.ElementInstitutions.Where(l => l.InstitutionId == kept.Id).Select(l => new { l.ElementId, l.Role }).ToListAsync(cancellationToken);
        var links = await db.ElementInstitutions.Where(l => l.InstitutionId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            if (keptLinks.Any(k => k.ElementId == link.ElementId && k.Role == link.Role))
            {
                db.ElementInstitutions.Remove(link);
            }
            else
            {
                link.ReassignTo(kept);
            }
        }

        var indicators = await db.Indicators.Where(i => i.SupplierInstitutionId == duplicate.Id).ToListAsync(cancellationToken);
        indicators.ForEach(i => i.AssignSupplier(kept));
        var people = await db.Memberships.Where(m => m.InstitutionId == duplicate.Id).ToListAsync(cancellationToken);
        var tenantId = tenant.Current!.Id;
        var invitations = await db.Invitations.Where(i => i.TenantId == tenantId && i.InstitutionId == duplicate.Id).ToListAsync(cancellationToken);
        if ((people.Count > 0 || invitations.Count > 0) && !await CallerPermissions.PersonHasAsync(user, Permission.ManageUsers, cancellationToken))
        {
            throw new DomainException($"Z instytucją „{duplicate.Name}” są związane konta partnerów lub zaproszenia ({people.Count + invitations.Count}). Połączenie zmieni, za co te osoby odpowiadają, więc wykonuje je administrator gminy.");
        }

        people.ForEach(m => m.ReassignInstitution(kept.Id));
        invitations.ForEach(i => i.ReassignInstitution(kept.Id));

        db.Institutions.Remove(duplicate);
        audit.Record(AuditActions.InstitutionsMerged, tenantId, $"„{duplicate.Name}” → „{kept.Name}”: {links.Count} powiązań, {indicators.Count} wskaźników, {people.Count} os.");
        await db.SaveChangesAsync(cancellationToken);
        return new MergedInstitutionsDto(kept.Id, kept.Name, links.Count, indicators.Count, people.Count, duplicate.Name);
    }
}
