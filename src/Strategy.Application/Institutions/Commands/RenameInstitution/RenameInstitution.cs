using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Institutions.Commands.RenameInstitution;

/// <summary>
/// The coordinator corrects an institution's name ("szkoły…" → "Szkoły i placówki oświatowe"); every element,
/// indicator and partner keeps pointing at it. A name another record already has is a duplicate: merge instead.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record RenameInstitutionCommand(Guid Id, string Name) : ICommand<RenamedInstitutionDto>;

public sealed record RenamedInstitutionDto(Guid Id, string Before, string Name);

public sealed class RenameInstitutionHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<RenameInstitutionCommand, RenamedInstitutionDto>
{
    public async ValueTask<RenamedInstitutionDto> Handle(RenameInstitutionCommand command, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("instytucja", command.Id);
        var key = InstitutionNames.Key(command.Name);
        var others = await db.Institutions.Where(i => i.Id != institution.Id).Select(i => i.Name).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(n => InstitutionNames.Key(n) == key) is { } same)
        {
            throw new DomainException($"W rejestrze jest już „{same}”: to ta sama instytucja, więc scal „{institution.Name}” z nią zamiast zmieniać nazwę.");
        }

        var before = institution.Name;
        institution.Rename(command.Name);
        audit.Record(AuditActions.InstitutionRenamed, institution.TenantId, $"„{before}” → „{institution.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return new RenamedInstitutionDto(institution.Id, before, institution.Name);
    }
}
