using System.Security.Cryptography;
using System.Text;

namespace Strategy.Domain.Common;

/// <summary>
/// The secret in an e-mailed link (an invitation, a sign-up's confirmation): 256 random bits, URL-safe,
/// given once; only its SHA-256 is stored, so a copy of the database opens no link.
/// </summary>
public static class LinkToken
{
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
