using Microsoft.AspNetCore.Identity;

namespace Strategy.Infrastructure.Identity;

/// <summary>
/// A person who can sign in. Global: one account may hold memberships in several gminy.
/// Platform admins are marked here; roles in a gmina live in the memberships.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    public bool IsPlatformAdmin { get; set; }
}
