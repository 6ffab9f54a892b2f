using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Tenants.Commands.CreateTenant;
using Strategy.Application.Tenants;
using Strategy.Application.Tenants.Queries.GetOnboardingChoices;
using Strategy.Domain.Tenancy;

namespace Strategy.Web.Pages.Admin;

/// <summary>Onboarding: pick the gmina from the TERC register, confirm its identifier, model and first admin.</summary>
[RequestSizeLimit(6 * 1024 * 1024)]
public sealed class NowaGminaModel(ISender sender) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Szukaj { get; set; }

    public IReadOnlyList<MunicipalityDto> Found { get; private set; } = [];

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreatedTenantDto? created = null;
        var (name, file) = await StartingFile.ReadAsync(Input.Document, ct);
        var command = new CreateTenantCommand(Input.TerytCode, Input.Identifier, Input.StartingModel, Input.FirstAdminEmail, Input.PublicPages, name, file);
        if (await TrySendAsync(async () => created = await sender.Send(command, ct)))
        {
            TempData["Notice"] = $"Dodano gminę {created!.Name} ({created.Identifier}); zaproszenie dla administratora wysłano na {Input.FirstAdminEmail.Trim()}.";
            return RedirectToPage("/Admin/Index");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Found = await sender.Send(new GetOnboardingChoicesQuery(Szukaj), ct);

    public sealed class CreateInput
    {
        [Display(Name = "gmina")]
        public string TerytCode { get; set; } = "";

        public string? Identifier { get; set; }

        public StartingModel StartingModel { get; set; } = StartingModel.Empty;

        public IFormFile? Document { get; set; }

        [Display(Name = "adres e-mail pierwszego administratora")]

        public string FirstAdminEmail { get; set; } = "";

        public bool PublicPages { get; set; }
    }
}
