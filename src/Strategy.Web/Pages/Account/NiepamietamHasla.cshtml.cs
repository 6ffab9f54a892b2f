using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Messaging;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Pages.Account;

/// <summary>Sends a reset link if the account exists; the answer is the same either way.</summary>
public sealed class NiepamietamHaslaModel(UserManager<ApplicationUser> users, IAppDbContext db, IAppLinks links, TimeProvider clock) : FormPageModel
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
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Podaj adres e-mail.");
            return Page();
        }

        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            var code = await users.GeneratePasswordResetTokenAsync(user);
            db.OutboxMessages.Add(new OutboxMessage(user.Email!, "Ustawienie nowego hasła", $"""
                Dzień dobry,

                aby ustawić nowe hasło do platformy strategii, otwórz link:
                {links.PasswordReset(user.Email!, code)}

                Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość.
                """, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        Sent = true;
        return Page();
    }
}
