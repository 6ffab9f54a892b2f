using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Sign-out is a POST (with the antiforgery token), so no link from elsewhere can sign anyone out.</summary>
public sealed class WylogujModel(SignInManager<ApplicationUser> signIn, ICurrentUser user, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.IsAuthenticated)
        {
            await audit.RecordNowAsync(AuditActions.SignedOut, null, user.UserId, user.Name, null, ct);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
