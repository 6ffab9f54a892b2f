using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.ApiClients.Queries.ListApiClients;

[RequiresPermission(Permission.ManageApiClients)]
public sealed record ListApiClientsQuery : IQuery<IReadOnlyList<ApiClientDto>>;

public sealed record ApiClientDto(Guid Id, string ClientId, string DisplayName, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public sealed class ListApiClientsHandler(IAppDbContext db) : IQueryHandler<ListApiClientsQuery, IReadOnlyList<ApiClientDto>>
{
    public async ValueTask<IReadOnlyList<ApiClientDto>> Handle(ListApiClientsQuery query, CancellationToken cancellationToken) =>
        (await db.ApiClients.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.RevokedAt is not null).ThenBy(c => c.DisplayName)
            .Select(c => new ApiClientDto(c.Id, c.ClientId, c.DisplayName, c.Scopes.Split(' '), c.CreatedAt, c.RevokedAt))
            .ToList();
}
