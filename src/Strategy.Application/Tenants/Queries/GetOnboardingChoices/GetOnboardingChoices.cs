using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.GetOnboardingChoices;

/// <summary>
/// The onboarding page of a platform admin: the gminy of the TERC register the search finds (none before a search),
/// each with whether it is on the platform and the identifier a new tenant would get. Anyone else gets 403.
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record GetOnboardingChoicesQuery(string? Search) : IQuery<IReadOnlyList<MunicipalityDto>>;

public sealed class GetOnboardingChoicesHandler(IAppDbContext db, IMunicipalityRegister register) : IQueryHandler<GetOnboardingChoicesQuery, IReadOnlyList<MunicipalityDto>>
{
    public const int Shown = 20;

    public async ValueTask<IReadOnlyList<MunicipalityDto>> Handle(GetOnboardingChoicesQuery query, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(query.Search) ? [] : await MunicipalitySearch.FindAsync(db, register, query.Search, Shown, cancellationToken);
}
