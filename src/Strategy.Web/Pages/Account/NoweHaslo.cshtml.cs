using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Sets a new password from the e-mailed link (Identity's single-use reset token).</summary>
public sealed class NoweHasloModel(UserManager<ApplicationUser> users, PersonSessions sessions, IAuditLog audit) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "adres e-mail")]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [Display(Name = "kod z wiadomości")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Display(Name = "nowe hasło")]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page(); // an emptied form: the required fields are named in Polish
        }

        var user = await users.FindByEmailAsync(Email);
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, Code, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : "", error.Description);
            }

            return Page();
        }

        await sessions.EndElsewhereAsync(user!, ct);
        await audit.RecordNowAsync(AuditActions.PasswordReset, null, user!.Id, user.Email, null, ct);
        Done = true;
        return Page();
    }
}
