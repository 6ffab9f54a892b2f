using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Identity;

public sealed class IdentityService(UserManager<ApplicationUser> users) : IIdentityService
{
    public async Task<UserRef?> FindByEmailAsync(string email, CancellationToken ct) =>
        await users.FindByEmailAsync(email) is { } user ? ToRef(user) : null;

    public async Task<(Guid? UserId, IReadOnlyList<string> Errors)> CreateUserAsync(string email, string displayName, string password, CancellationToken ct)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? (user.Id, []) : (null, result.Errors.Select(e => e.Description).ToList());
    }

    public async Task<PasswordCheck> CheckPasswordAsync(Guid userId, string password, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return PasswordCheck.Wrong;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return PasswordCheck.LockedOut;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? PasswordCheck.LockedOut : PasswordCheck.Wrong;
        }

        await users.ResetAccessFailedCountAsync(user);
        return PasswordCheck.Valid;
    }

    public async Task<IReadOnlyDictionary<Guid, UserRef>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ToRef, ct);

    public async Task<PasswordResetCode?> PasswordResetCodeAsync(string email, CancellationToken ct) =>
        await users.FindByEmailAsync(email) is { Email: { } stored } user
            ? new PasswordResetCode(stored, await users.GeneratePasswordResetTokenAsync(user))
            : null;

    private static UserRef ToRef(ApplicationUser u) => new(u.Id, u.Email ?? "", u.DisplayName);
}
