using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Queries.GetStrategy;

namespace Strategy.Web.Pages.Gmina;

public sealed class StrategiaModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public StrategyDetailDto Strategy { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Strategy = await sender.Send(new GetStrategyQuery(id), ct);
}
