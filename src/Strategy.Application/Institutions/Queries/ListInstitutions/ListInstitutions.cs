using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Institutions;

namespace Strategy.Application.Institutions.Queries.ListInstitutions;

/// <summary>
/// The current gmina's institutions by name (e.g. to bind a partner to one). Not for the public: the
/// registry also holds institutions named only in strategies that are not adopted.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record ListInstitutionsQuery : IQuery<IReadOnlyList<InstitutionDto>>;

public sealed class ListInstitutionsHandler(IAppDbContext db) : IQueryHandler<ListInstitutionsQuery, IReadOnlyList<InstitutionDto>>
{
    public async ValueTask<IReadOnlyList<InstitutionDto>> Handle(ListInstitutionsQuery query, CancellationToken cancellationToken) =>
        await InstitutionList.ReadAsync(db, cancellationToken);
}
