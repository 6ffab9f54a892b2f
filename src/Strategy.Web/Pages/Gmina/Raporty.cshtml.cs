using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Reports.Queries.ListReports;

namespace Strategy.Web.Pages.Gmina;

/// <summary>A strategy's annual reports: published versions for everyone who may read the strategy, the years to prepare for its coordinators.</summary>
public sealed class RaportyModel(ISender sender) : PageModel
{
    public ReportsDto Reports { get; private set; } = null!;

    /// <summary>Whether to offer preparing a report; the report page checks again.</summary>
    public bool CanPrepare => Reports.CanPrepare;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Reports = await sender.Send(new ListReportsQuery(id), ct);
    }

    /// <summary>A year typed in: its report page says what it can of it (a year outside the period included).</summary>
    public IActionResult OnGetRok(string tenant, Guid id, int rok) => LocalRedirect($"/{tenant}/strategie/{id}/raporty/{rok}");
}
