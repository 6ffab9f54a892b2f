using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.SignUps.Commands.SubmitSignUp;
using Strategy.Application.Tenants;
using Strategy.Application.Tenants.Queries.SearchMunicipalities;
using Strategy.Domain.Tenancy;

namespace Strategy.Web.Pages;

/// <summary>
/// A gmina asks to join. Finding the gmina is a plain GET search of the TERC register (no script
/// needed); the request itself is a POST for a platform admin to decide.
/// </summary>
// The anonymous sign-up takes a file of at most FileLimits.Anonymous.MaxFileBytes, plus its form fields.
[RequestSizeLimit(3 * 1024 * 1024)]
public sealed class RejestracjaModel(ISender sender) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Szukaj { get; set; }

    public IReadOnlyList<MunicipalityDto> Found { get; private set; } = [];

    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public bool Submitted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await SearchAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (name, file) = await StartingFile.ReadAsync(Input.Document, ct);
        if (await TrySendAsync(() => sender.Send(new SubmitSignUpCommand(Input.TerytCode, Input.ContactName, Input.Email, Input.StartingModel, name, file), ct).AsTask()))
        {
            Submitted = true;
            return Page();
        }

        await SearchAsync(ct);
        return Page();
    }

    private async Task SearchAsync(CancellationToken ct) =>
        Found = string.IsNullOrWhiteSpace(Szukaj) ? [] : await sender.Send(new SearchMunicipalitiesQuery(Szukaj, 20), ct);

    public sealed class SignUpInput
    {
        [Display(Name = "gmina")]
        public string TerytCode { get; set; } = "";

        [Display(Name = "osoba kontaktowa")]

        public string ContactName { get; set; } = "";

        [Display(Name = "adres e-mail")]

        public string Email { get; set; } = "";

        public StartingModel StartingModel { get; set; } = StartingModel.Empty;

        public IFormFile? Document { get; set; }
    }
}
