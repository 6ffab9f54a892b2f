using OpenIddict.Abstractions;

namespace Strategy.Infrastructure.Identity;

/// <summary>
/// Ends every session a person has elsewhere once their password changes or is reset: whoever had it
/// before loses what it gave them. Tokens and the consents behind them are revoked now (the token
/// endpoint and every API call check a token's entry); other browsers' cookies are refused at their next
/// security-stamp check, the stamp being renewed by the change itself.
/// </summary>
public sealed class PersonSessions(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task EndElsewhereAsync(ApplicationUser user, CancellationToken ct)
    {
        var subject = user.Id.ToString();
        await authorizations.RevokeBySubjectAsync(subject, ct);
        await tokens.RevokeBySubjectAsync(subject, ct);
    }
}
