using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Security;
using Strategy.Application.Monitoring.Queries.GetDashboard;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// The strategy's dashboard: the current round's completeness (for the gmina's members only) and each
/// indicator's trend against its target.
/// </summary>
public sealed class PulpitModel(ISender sender, Audience audience) : PageModel
{
    public DashboardDto Dashboard { get; private set; } = null!;

    /// <summary>Whether to show the round's completeness: the public sees only approved values.</summary>
    public bool ShowsRound { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Dashboard = await sender.Send(new GetDashboardQuery(id), ct);
        ShowsRound = await audience.IsMemberAsync(ct);
    }
}
