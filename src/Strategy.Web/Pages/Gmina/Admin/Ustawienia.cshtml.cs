using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Tenants.Commands.ChangeTenantSettings;
using Strategy.Application.Tenants.Queries.GetTenantSettings;

namespace Strategy.Web.Pages.Gmina.Admin;

public sealed class UstawieniaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public bool PublicPages { get; set; }

    [BindProperty]
    public bool SharesBenchmarks { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await sender.Send(new GetTenantSettingsQuery(), ct);
        (PublicPages, SharesBenchmarks) = (settings.PublicPagesEnabled, settings.SharesBenchmarks);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await TrySendAsync(() => sender.Send(new ChangeTenantSettingsCommand(PublicPages, SharesBenchmarks), ct).AsTask()))
        {
            return Page();
        }

        Notice = (PublicPages ? "Strony publiczne gminy są włączone. " : "Strony publiczne gminy są wyłączone. ")
            + (SharesBenchmarks ? "Zatwierdzone wartości są udostępniane do porównań." : "Wartości nie są udostępniane do porównań.");
        return RedirectToPage();
    }
}
