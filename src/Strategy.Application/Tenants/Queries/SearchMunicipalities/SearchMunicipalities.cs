using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.SearchMunicipalities;

/// <summary>
/// Finds gminy in the TERC register by name or code, saying which already have a tenant, and the
/// identifier a new one would get (the two Chrzanów get different ones).
/// </summary>
[AllowAnyone]
public sealed record SearchMunicipalitiesQuery(string Text, int Limit = 20) : IQuery<IReadOnlyList<MunicipalityDto>>;

public sealed class SearchMunicipalitiesHandler(IAppDbContext db, IMunicipalityRegister register) : IQueryHandler<SearchMunicipalitiesQuery, IReadOnlyList<MunicipalityDto>>
{
    public async ValueTask<IReadOnlyList<MunicipalityDto>> Handle(SearchMunicipalitiesQuery query, CancellationToken cancellationToken) =>
        await MunicipalitySearch.FindAsync(db, register, query.Text, query.Limit, cancellationToken);
}
