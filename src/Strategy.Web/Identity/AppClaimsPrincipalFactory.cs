using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Identity;

/// <summary>Adds the display name and the platform-admin flag to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StrategyClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.IsPlatformAdmin)
        {
            identity.AddClaim(new Claim(StrategyClaims.PlatformAdmin, "true"));
        }

        return identity;
    }
}
