using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;

namespace Strategy.Application.Strategies.Queries.GetElement;

/// <summary>One element of a strategy: its place in the tree, narrative, institutions, indicators and subtree (for the public: of an adopted strategy only).</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetElementQuery(Guid Id) : IQuery<ElementDetailDto>;

public sealed class GetElementHandler(IAppDbContext db, Audience audience, ICurrentUser user) : IQueryHandler<GetElementQuery, ElementDetailDto>
{
    public async ValueTask<ElementDetailDto> Handle(GetElementQuery query, CancellationToken cancellationToken) =>
        await ElementReader.ReadAsync(db, audience, user, query.Id, cancellationToken);
}
