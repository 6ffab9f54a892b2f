using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Common.Security;

/// <summary>
/// What the caller may do, as the authorization behaviour decides it: for a use case that must know
/// more than its own requirement (a merge that would also move people needs user management).
/// </summary>
public static class CallerPermissions
{
    /// <summary>A token does no more than its scopes allow, whoever holds it; a cookie is the person themself.</summary>
    public static bool ScopeAllows(ICurrentUser user, Permission permission) =>
        !user.ActsThroughToken || ApiScopes.Allow(user.Scopes, permission);

    /// <summary>Whether a person holds the permission in the current gmina: by their role, and their token's scopes.</summary>
    public static async ValueTask<bool> PersonHasAsync(ICurrentUser user, Permission permission, CancellationToken ct) =>
        user.UserId is not null
        && RolePermissions.Grants(await user.RolesInCurrentTenantAsync(ct), permission)
        && ScopeAllows(user, permission);
}
