using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Queries.ListStrategies;

namespace Strategy.Web.Pages.Gmina;

public sealed class IndexModel(ISender sender, ITenantContext tenantContext, ICurrentUser user) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public IReadOnlyList<StrategySummaryDto> Strategies { get; private set; } = [];

    /// <summary>Whether to offer a new strategy; the form checks again.</summary>
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Strategies = await sender.Send(new ListStrategiesQuery(), ct);
        CanManage = RolePermissions.Grants(await user.RolesInCurrentTenantAsync(ct), Permission.ManageStrategy);
    }
}
