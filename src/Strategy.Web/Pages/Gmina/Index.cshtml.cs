using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Monitoring.Queries.GetTenantHome;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages.Gmina;

public sealed class IndexModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public IReadOnlyList<StrategySummaryDto> Strategies { get; private set; } = [];

    /// <summary>Whether to offer a new strategy; the form checks again.</summary>
    public bool CanManage { get; private set; }

    /// <summary>What the signed-in partner or coordinator still has to send, per open round: the first thing they look for.</summary>
    public IReadOnlyList<ToDoDto> ToDo { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var home = await sender.Send(new GetTenantHomeQuery(), ct);
        (Strategies, CanManage, ToDo) = (home.Strategies, home.CanManage, home.ToDo);
    }
}
