using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Institutions.Queries.GetInstitutionRegistry;

/// <summary>The coordinator's registry: every institution with how often it coordinates, partners or implements.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetInstitutionRegistryQuery : IQuery<IReadOnlyList<InstitutionUsageDto>>;

public sealed record InstitutionUsageDto(Guid Id, string Name, int AsCoordinator, int AsPartner, int AsImplementer);

public sealed class GetInstitutionRegistryHandler(IAppDbContext db) : IQueryHandler<GetInstitutionRegistryQuery, IReadOnlyList<InstitutionUsageDto>>
{
    public async ValueTask<IReadOnlyList<InstitutionUsageDto>> Handle(GetInstitutionRegistryQuery query, CancellationToken cancellationToken)
    {
        var counts = (await db.ElementInstitutions.AsNoTracking()
                .GroupBy(l => new { l.InstitutionId, l.Role })
                .Select(g => new { g.Key.InstitutionId, g.Key.Role, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.InstitutionId);
        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        int Of(Guid id, InstitutionRole role) => counts[id].Where(c => c.Role == role).Sum(c => c.Count);

        return (await db.Institutions.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(i => i.Name, polish)
            .Select(i => new InstitutionUsageDto(i.Id, i.Name, Of(i.Id, InstitutionRole.Coordinator), Of(i.Id, InstitutionRole.Partner), Of(i.Id, InstitutionRole.Implementer)))
            .ToList();
    }
}
