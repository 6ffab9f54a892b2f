using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.SignUps.Commands.ConfirmSignUp;

namespace Strategy.Web.Pages;

/// <summary>
/// The e-mailed link's page. Opening it changes nothing (mail scanners open links too); the button confirms.
/// </summary>
public sealed class RejestracjaPotwierdzenieModel(ISender sender) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public ConfirmedSignUpDto? Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await TrySendAsync(async () => Confirmed = await sender.Send(new ConfirmSignUpCommand(Token), ct), prefix: "");
        return Page();
    }
}
