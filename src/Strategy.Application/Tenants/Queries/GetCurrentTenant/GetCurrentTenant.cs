using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.GetCurrentTenant;

/// <summary>
/// The current gmina as its pages name it, for pages that show no data of their own (the gmina's
/// accessibility statement): whoever may read the gmina gets it, anyone else the usual answer.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetCurrentTenantQuery : IQuery<TenantInfo>;

public sealed class GetCurrentTenantHandler(ITenantContext tenant) : IQueryHandler<GetCurrentTenantQuery, TenantInfo>
{
    public ValueTask<TenantInfo> Handle(GetCurrentTenantQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(tenant.Current ?? throw new InvalidOperationException("No gmina in this request."));
}
