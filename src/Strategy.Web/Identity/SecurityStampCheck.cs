using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Strategy.Web.Identity;

/// <summary>
/// Identity checks a cookie's security stamp against the database once its validation interval has
/// passed, but resolves the validator — and the sign-in and user managers it is built from — on every
/// request to find that out: a tenth of a strategy page's time. The same test is made first here, so
/// the validator is built only when a check is due.
/// </summary>
public static class SecurityStampCheck
{
    public static Task ValidateWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        return IsDue(context.Properties.IssuedUtc, options)
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    /// <summary>As the validator decides: a cookie with no issue time, or issued longer ago than the interval.</summary>
    private static bool IsDue(DateTimeOffset? issuedUtc, SecurityStampValidatorOptions options) =>
        issuedUtc is not { } issued || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
}
