using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Monitoring.Queries.GetMyToDo;
using Strategy.Application.Strategies.Queries.ListStrategies;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages.Gmina;

public sealed class IndexModel(ISender sender, ITenantContext tenantContext, ICurrentUser user) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public IReadOnlyList<StrategySummaryDto> Strategies { get; private set; } = [];

    /// <summary>Whether to offer a new strategy; the form checks again.</summary>
    public bool CanManage { get; private set; }

    /// <summary>What the signed-in partner or coordinator still has to send, per open round: the first thing they look for.</summary>
    public IReadOnlyList<ToDoDto> ToDo { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Strategies = await sender.Send(new ListStrategiesQuery(), ct);
        var roles = await user.RolesInCurrentTenantAsync(ct);
        CanManage = RolePermissions.Grants(roles, Permission.ManageStrategy);
        if (RolePermissions.Grants(roles, Permission.ReportData))
        {
            ToDo = await sender.Send(new GetMyToDoQuery(), ct);
        }
    }
}
