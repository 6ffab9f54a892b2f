using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Tenants.Queries.GetCurrentTenant;
using Strategy.Web.Accessibility;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// A gmina's own accessibility statement for its pages on the platform. Readable by whoever may read
/// the gmina: everyone when its pages are public, otherwise its people (others get the usual answer).
/// </summary>
public sealed class DeklaracjaDostepnosciModel(ISender sender) : PageModel
{
    public AccessibilityStatementView Statement { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var gmina = await sender.Send(new GetCurrentTenantQuery(), ct);
        Statement = new AccessibilityStatementView(gmina.Name, $"{Request.Scheme}://{Request.Host}/{gmina.Identifier}");
    }
}
