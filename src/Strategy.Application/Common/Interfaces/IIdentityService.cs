namespace Strategy.Application.Common.Interfaces;

/// <summary>The use cases' view of user accounts (ASP.NET Core Identity behind it).</summary>
public interface IIdentityService
{
    Task<UserRef?> FindByEmailAsync(string email, CancellationToken ct);

    /// <summary>Creates an account; on failure returns the reasons in Polish (e.g. password rules).</summary>
    Task<(Guid? UserId, IReadOnlyList<string> Errors)> CreateUserAsync(string email, string displayName, string password, CancellationToken ct);

    /// <summary>
    /// A password given to confirm who one is, counted as the sign-in form counts it: a wrong one towards
    /// the account's lockout, and a locked-out account refused whatever the password.
    /// </summary>
    Task<PasswordCheck> CheckPasswordAsync(Guid userId, string password, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, UserRef>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>A code that sets a new password for the account of this e-mail, with the address as stored; null without such an account.</summary>
    Task<PasswordResetCode?> PasswordResetCodeAsync(string email, CancellationToken ct);
}

public sealed record UserRef(Guid Id, string Email, string DisplayName);

public sealed record PasswordResetCode(string Email, string Code);

public enum PasswordCheck
{
    Valid,
    Wrong,
    LockedOut,
}
