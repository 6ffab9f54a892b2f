using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Tenants.Queries.ListTenants;
using Strategy.Application.Tenants;

namespace Strategy.Web.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<TenantSummaryDto> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tenants = await sender.Send(new ListTenantsQuery(), ct);
}
