using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Queries.GetElement;

namespace Strategy.Web.Pages.Gmina;

public sealed class ElementModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public ElementDetailDto Detail { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Detail = await sender.Send(new GetElementQuery(id), ct);
}
