using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Indicators.Queries.GetIndicator;

namespace Strategy.Web.Pages.Gmina;

public sealed class WskaznikModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public IndicatorDetailDto Indicator { get; private set; } = null!;

    /// <summary>Whether to offer the edit link; the edit itself checks again.</summary>
    public bool CanEdit => Indicator.CanEdit;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Indicator = await sender.Send(new GetIndicatorQuery(id), ct);
    }
}
