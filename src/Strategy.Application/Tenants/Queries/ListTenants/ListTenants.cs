using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Tenancy;
using Strategy.Application.Tenants;

namespace Strategy.Application.Tenants.Queries.ListTenants;

/// <summary>The gminy on the platform that are open to visitors (active tenants), by name.</summary>
[AllowAnyone]
public sealed record ListTenantsQuery : IQuery<IReadOnlyList<TenantSummaryDto>>;

public sealed class ListTenantsHandler(IAppDbContext db) : IQueryHandler<ListTenantsQuery, IReadOnlyList<TenantSummaryDto>>
{
    public async ValueTask<IReadOnlyList<TenantSummaryDto>> Handle(ListTenantsQuery query, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking()
            .Where(t => t.State == TenantState.Active)
            .ToListAsync(cancellationToken);

        // Sorted in memory with Polish collation rules: "Łódź" belongs after "Lublin", not after "Z".
        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        return tenants.OrderBy(t => t.Name, polish).Select(DtoMapper.ToSummary).ToList();
    }
}
