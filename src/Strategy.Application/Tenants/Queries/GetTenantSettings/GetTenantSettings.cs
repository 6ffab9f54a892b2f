using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.GetTenantSettings;

/// <summary>The current gmina's settings, for its administrators.</summary>
[RequiresPermission(Permission.ManageSettings)]
public sealed record GetTenantSettingsQuery : IQuery<TenantSettingsDto>;

/// <param name="SharesBenchmarks">Whether the gmina shares its approved values of mapped indicators in comparisons with other gminy.</param>
public sealed record TenantSettingsDto(bool PublicPagesEnabled, bool SharesBenchmarks);

public sealed class GetTenantSettingsHandler(IAppDbContext db, ITenantContext tenant) : IQueryHandler<GetTenantSettingsQuery, TenantSettingsDto>
{
    public async ValueTask<TenantSettingsDto> Handle(GetTenantSettingsQuery query, CancellationToken cancellationToken)
    {
        var id = tenant.Current!.Id;
        var shares = await db.Tenants.AsNoTracking().Where(t => t.Id == id).Select(t => t.SharesBenchmarks).SingleAsync(cancellationToken);
        return new TenantSettingsDto(tenant.Current.PublicPagesEnabled, shares);
    }
}
