using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Tenants;
using Strategy.Application.Tenants.Commands.ChangeTenantState;
using Strategy.Application.Tenants.Queries.ListAllTenants;

namespace Strategy.Web.Pages.Admin;

/// <summary>Platform admin: every gmina with its state; suspend and reactivate.</summary>
public sealed class IndexModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<TenantAdminDto> Tenants { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Tenants = await sender.Send(new ListAllTenantsQuery(), ct);

    public async Task<IActionResult> OnPostStateAsync(Guid id, bool suspend, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new ChangeTenantStateCommand(id, suspend), ct).AsTask()))
        {
            Notice = suspend ? "Gmina została zawieszona." : "Gmina została przywrócona.";
            return RedirectToPage();
        }

        Tenants = await sender.Send(new ListAllTenantsQuery(), ct);
        return Page();
    }
}
