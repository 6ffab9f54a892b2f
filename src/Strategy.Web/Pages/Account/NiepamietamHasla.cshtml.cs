using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Access.Commands.RequestPasswordReset;

namespace Strategy.Web.Pages.Account;

/// <summary>Sends a reset link if the account exists; the answer is the same either way.</summary>
public sealed class NiepamietamHaslaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    [Display(Name = "adres e-mail")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Sent = await TrySendAsync(() => sender.Send(new RequestPasswordResetCommand(Email ?? ""), ct).AsTask(), prefix: "");
        return Page();
    }
}
