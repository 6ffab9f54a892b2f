using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Tenants.Queries.GetTenantSettings;

/// <summary>The current gmina's settings, for its administrators.</summary>
[RequiresPermission(Permission.ManageSettings)]
public sealed record GetTenantSettingsQuery : IQuery<TenantSettingsDto>;

public sealed record TenantSettingsDto(bool PublicPagesEnabled);

public sealed class GetTenantSettingsHandler(ITenantContext tenant) : IQueryHandler<GetTenantSettingsQuery, TenantSettingsDto>
{
    public ValueTask<TenantSettingsDto> Handle(GetTenantSettingsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new TenantSettingsDto(tenant.Current!.PublicPagesEnabled));
}
