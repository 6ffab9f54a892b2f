using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Support.Commands.EndSupportSession;
using Strategy.Application.Support.Commands.StartSupportSession;
using Strategy.Application.Tenants.Commands.OffboardTenant;
using Strategy.Application.Tenants.Queries.ExportTenant;
using Strategy.Application.Tenants;
using Strategy.Application.Tenants.Queries.GetTenantForAdmin;

namespace Strategy.Web.Pages.Admin;

/// <summary>One gmina for the platform admin: its facts and the audited support session.</summary>
public sealed class GminaModel(ISender sender) : FormPageModel
{
    public TenantAdminDto Tenant { get; private set; } = null!;

    [BindProperty]
    public string Reason { get; set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        SupportSessionDto? session = null;
        if (await TrySendAsync(async () => session = await sender.Send(new StartSupportSessionCommand(id, Reason), ct), prefix: ""))
        {
            Notice = $"Sesja wsparcia otwarta do {Formatting.PolishFormat.DateTime(session!.ExpiresAt)}.";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new EndSupportSessionCommand(id), ct).AsTask(), prefix: ""))
        {
            Notice = "Sesja wsparcia zakończona.";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Typed by the admin to confirm offboarding: the gmina's identifier.</summary>
    [BindProperty]
    public string? ConfirmIdentifier { get; set; }

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct)
    {
        var export = await sender.Send(new ExportTenantQuery(id), ct);
        return File(export.Content, "application/json", export.FileName);
    }

    /// <summary>The browser downloads the export the offboarding answers with; the gmina is gone from then on.</summary>
    public async Task<IActionResult> OnPostOffboardAsync(Guid id, CancellationToken ct)
    {
        TenantExportDto? export = null;
        if (await TrySendAsync(async () => export = await sender.Send(new OffboardTenantCommand(id, ConfirmIdentifier ?? ""), ct), prefix: ""))
        {
            return File(export!.Content, "application/json", export.FileName);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) => Tenant = await sender.Send(new GetTenantForAdminQuery(id), ct);
}
