using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Change one's own password (signed in).</summary>
public sealed class ZmianaHaslaModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PersonSessions sessions, IAuditLog audit) : FormPageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    public bool Done { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword), error.Description);
            }

            return Page();
        }

        await sessions.EndElsewhereAsync(user, ct);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(AuditActions.PasswordChanged, null, user.Id, user.Email, null, ct);
        Done = true;
        return Page();
    }
}
