using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants.Queries.SearchMunicipalities;

/// <summary>
/// Finds gminy in the TERC register by name or code, saying which already have a tenant, and the
/// identifier a new one would get (the two Chrzanów get different ones).
/// </summary>
[AllowAnyone]
public sealed record SearchMunicipalitiesQuery(string Text, int Limit = 20) : IQuery<IReadOnlyList<MunicipalityDto>>;

public sealed record MunicipalityDto(string TerytCode, string Name, MunicipalityKind Kind, string Powiat, string Voivodeship, bool OnPlatform, string? SuggestedIdentifier);

public sealed class SearchMunicipalitiesHandler(IAppDbContext db, IMunicipalityRegister register) : IQueryHandler<SearchMunicipalitiesQuery, IReadOnlyList<MunicipalityDto>>
{
    public async ValueTask<IReadOnlyList<MunicipalityDto>> Handle(SearchMunicipalitiesQuery query, CancellationToken cancellationToken)
    {
        var found = register.Search(query.Text ?? "", query.Limit);
        if (found.Count == 0)
        {
            return [];
        }

        var tenants = await db.Tenants.AsNoTracking().Select(t => new { Code = t.TerytCode, t.Identifier }).ToListAsync(cancellationToken);
        var onPlatform = tenants.Select(t => t.Code.Value).ToHashSet();
        var taken = tenants.Select(t => t.Identifier).ToHashSet();
        return found.Select(m => new MunicipalityDto(
                m.Code.Value, m.Name, m.Kind, m.Powiat, m.Voivodeship,
                onPlatform.Contains(m.Code.Value),
                onPlatform.Contains(m.Code.Value) ? null : TenantIdentifiers.Suggest(m, taken.Contains)))
            .ToList();
    }
}
