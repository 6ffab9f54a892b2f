using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Access.Commands.AcceptInvitation;
using Strategy.Application.Access.Queries.GetInvitation;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Accepting an invitation: set a name and password (or confirm an existing account), then in.</summary>
public sealed class ZaproszenieModel(ISender sender, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public InvitationInfoDto Invitation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Invitation = await sender.Send(new GetInvitationQuery(Token), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Invitation = await sender.Send(new GetInvitationQuery(Token), ct);
        AcceptedInvitationDto? accepted = null;
        if (!await TrySendAsync(async () => accepted = await sender.Send(new AcceptInvitationCommand(Token, Input.DisplayName, Input.Password), ct)))
        {
            return Page();
        }

        var user = await users.FindByIdAsync(accepted!.UserId.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        return LocalRedirect("/" + accepted.TenantIdentifier);
    }

    public sealed class AcceptInput
    {
        public string? DisplayName { get; set; }

        public string Password { get; set; } = "";
    }
}
