using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Monitoring.Queries.GetDashboard;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The strategy's dashboard: the current round's completeness and each indicator's trend against its target.</summary>
public sealed class PulpitModel(ISender sender) : PageModel
{
    public DashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Dashboard = await sender.Send(new GetDashboardQuery(id), ct);
}
