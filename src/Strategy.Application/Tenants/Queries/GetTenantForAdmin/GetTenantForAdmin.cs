using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.GetTenantForAdmin;

/// <summary>One gmina in any state, for the platform admin's page of it (support sessions, export, offboarding).</summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record GetTenantForAdminQuery(Guid Id) : IQuery<TenantAdminDto>;

public sealed class GetTenantForAdminHandler(IAppDbContext db) : IQueryHandler<GetTenantForAdminQuery, TenantAdminDto>
{
    public async ValueTask<TenantAdminDto> Handle(GetTenantForAdminQuery query, CancellationToken cancellationToken) =>
        (await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken) ?? throw new NotFoundException("gmina", query.Id)).ToAdminDto();
}
