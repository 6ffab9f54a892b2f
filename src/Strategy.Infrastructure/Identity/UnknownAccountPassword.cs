using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Strategy.Infrastructure.Identity;

/// <summary>
/// A sign-in for an e-mail no account has still verifies a password hash, so it takes as long as one for
/// a real account: the time of the answer does not tell which addresses have accounts.
/// </summary>
public sealed class UnknownAccountPassword(IPasswordHasher<ApplicationUser> hasher)
{
    // The hash of a random password no one knows, made once with the same hasher (and so the same cost).
    private static string? _hash;

    public void Verify(string password)
    {
        var nobody = new ApplicationUser();
        _hash ??= hasher.HashPassword(nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(nobody, _hash, password);
    }
}
