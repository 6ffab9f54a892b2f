using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Mapping;

namespace Strategy.Application.Tenants.Queries.ListAllTenants;

/// <summary>Every gmina on the platform in every state, for platform admins.</summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record ListAllTenantsQuery : IQuery<IReadOnlyList<TenantAdminDto>>;

public sealed class ListAllTenantsHandler(IAppDbContext db) : IQueryHandler<ListAllTenantsQuery, IReadOnlyList<TenantAdminDto>>
{
    public async ValueTask<IReadOnlyList<TenantAdminDto>> Handle(ListAllTenantsQuery query, CancellationToken cancellationToken)
    {
        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        return (await db.Tenants.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.Name, polish)
            .Select(t => t.ToAdminDto())
            .ToList();
    }
}
