using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Institutions;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetElementPage;

/// <summary>The element page: the element as <c>GetElementQuery</c> answers it, and for those who may edit it the gmina's institutions to link.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetElementPageQuery(Guid Id) : IQuery<ElementPageDto>;

public sealed record ElementPageDto(ElementDetailDto Detail, IReadOnlyList<InstitutionDto> Registry);

public sealed class GetElementPageHandler(IAppDbContext db, Audience audience, ICurrentUser user) : IQueryHandler<GetElementPageQuery, ElementPageDto>
{
    public async ValueTask<ElementPageDto> Handle(GetElementPageQuery query, CancellationToken cancellationToken)
    {
        var detail = await ElementReader.ReadAsync(db, audience, user, query.Id, cancellationToken);
        return new ElementPageDto(detail, detail.CanEdit ? await InstitutionList.ReadAsync(db, cancellationToken) : []);
    }
}
