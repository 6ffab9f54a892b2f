using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Tenants.Commands.SetPublicPages;
using Strategy.Application.Tenants.Queries.GetTenantSettings;

namespace Strategy.Web.Pages.Gmina.Admin;

public sealed class UstawieniaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public bool PublicPages { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => PublicPages = (await sender.Send(new GetTenantSettingsQuery(), ct)).PublicPagesEnabled;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await sender.Send(new SetPublicPagesCommand(PublicPages), ct);
        Notice = PublicPages ? "Strony publiczne gminy są włączone." : "Strony publiczne gminy są wyłączone.";
        return RedirectToPage();
    }
}
