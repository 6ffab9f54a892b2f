using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Domain.Messaging;

namespace Strategy.Infrastructure.Identity;

/// <summary>
/// A platform with no platform admin — a fresh production database, where there are no demo accounts —
/// gets one from <see cref="PlatformOptions.InitialAdminEmail"/>: a new account with no password and
/// a link to set one (through the outbox), or an existing account promoted. Once any platform admin
/// exists it does nothing, so the setting may stay. Replicas starting together may race: the one
/// whose insert loses finds the winner's account and stops.
/// </summary>
public sealed partial class InitialPlatformAdmin(IServiceScopeFactory scopes, IOptions<PlatformOptions> options, TimeProvider clock, ILogger<InitialPlatformAdmin> logger)
{
    public const string Setting = PlatformOptions.Section + ":" + nameof(PlatformOptions.InitialAdminEmail);

    /// <summary>The configured address, checked: a malformed one stops the start naming the setting.</summary>
    public string? Email()
    {
        var configured = options.Value.InitialAdminEmail?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return null;
        }

        return MailAddress.TryCreate(configured, out var address) && address.Address == configured
            ? configured
            : throw new InvalidOperationException($"The setting {Setting} must be one e-mail address (found: '{configured}').");
    }

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (Email() is not { } email)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.Users.AnyAsync(u => u.IsPlatformAdmin, ct))
        {
            return;
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            existing.IsPlatformAdmin = true;
            Check(await users.UpdateAsync(existing), email);
            await AuditAsync(scope, $"Konto {email} zostało administratorem platformy ({Setting}).", ct);
            LogPromoted(logger, email);
            return;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator platformy", IsPlatformAdmin = true };
        try
        {
            var created = await users.CreateAsync(user);
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                return; // another replica created it a moment ago and sends the e-mail
            }

            Check(created, email);
        }
        catch (ConflictException)
        {
            return; // the same race, lost at the unique index
        }

        var code = await users.GeneratePasswordResetTokenAsync(user);
        var links = scope.ServiceProvider.GetRequiredService<IAppLinks>();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.OutboxMessages.Add(new OutboxMessage(email, "Konto administratora platformy strategii", $"""
            Dzień dobry,

            utworzono dla Ciebie konto administratora platformy strategii gmin.
            Aby ustawić hasło i się zalogować, otwórz link:
            {links.PasswordReset(email, code)}

            Jeśli nie spodziewasz się tej wiadomości, przekaż ją zespołowi utrzymania platformy.
            """, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await AuditAsync(scope, $"Utworzono pierwsze konto administratora platformy: {email} ({Setting}).", ct);
        LogCreated(logger, email);
    }

    private static async Task AuditAsync(AsyncServiceScope scope, string detail, CancellationToken ct) =>
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(AuditActions.InitialPlatformAdmin, null, null, "start aplikacji", detail, ct);

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The setting {Setting} ({email}): the account could not be saved: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first platform admin {Email}; a link to set the password is in the outbox")]
    private static partial void LogCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Promoted {Email} to platform admin: the platform had none")]
    private static partial void LogPromoted(ILogger logger, string email);
}
