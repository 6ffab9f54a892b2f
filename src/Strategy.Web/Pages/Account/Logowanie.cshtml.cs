using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Access.Queries.ListMyMemberships;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Sign-in. Every failure gets the same message, so the form never tells whether an account exists.</summary>
public sealed class LogowanieModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, UnknownAccountPassword unknown, IAuditLog audit, ISender sender) : FormPageModel
{
    public const string GenericFailure = "Nieprawidłowy adres e-mail lub hasło. Po kilku nieudanych próbach konto jest na kwadrans blokowane.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("", "Podaj adres e-mail i hasło.");
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            unknown.Verify(Input.Password);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (!result.Succeeded)
        {
            var action = result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SignInFailed;
            await audit.RecordNowAsync(action, null, user?.Id, Input.Email.Trim(), null, ct);
            ModelState.AddModelError("", GenericFailure);
            return Page();
        }

        await audit.RecordNowAsync(AuditActions.SignInSucceeded, null, user!.Id, user.Email, null, ct);
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        // Straight to the gmina when there is only one; otherwise the list to choose from.
        HttpContext.User = await signIn.CreateUserPrincipalAsync(user);
        var memberships = await sender.Send(new ListMyMembershipsQuery(), ct);
        var gminy = memberships.Select(m => m.TenantIdentifier).Distinct().ToList();
        return gminy.Count == 1 ? LocalRedirect("/" + gminy[0]) : LocalRedirect(user.IsPlatformAdmin ? "/admin" : "/account/gminy");
    }

    public sealed class LoginInput
    {
        [Display(Name = "adres e-mail")]
        public string Email { get; set; } = "";

        [Display(Name = "hasło")]

        public string Password { get; set; } = "";
    }
}
