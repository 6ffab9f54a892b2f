using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Access;

/// <param name="IsMember">Holds a role in the gmina: its working sections (calendar, comparisons).</param>
/// <param name="Reports">Reports values or progress: monitoring.</param>
/// <param name="ManagesStrategy">The coordinator's sections (institutions, import, population).</param>
/// <param name="Administers">The tenant admin's sections (people, API clients, security log, settings).</param>
/// <param name="PlatformAdmin">The platform's administration, for its admins wherever they are.</param>
public sealed record NavigationDto(bool IsMember, bool Reports, bool ManagesStrategy, bool Administers, bool PlatformAdmin);

/// <summary>
/// Which sections every page's menu shows, decided by the caller's permissions in the current gmina. Read by the
/// layout itself rather than sent as a use case: it is the page's frame, and a page sends one query of its own.
/// Outside a gmina, or for the public, no gmina section is shown; each page and command checks again.
/// </summary>
public sealed class Navigation(ICurrentUser user)
{
    public async Task<NavigationDto> ForCallerAsync(CancellationToken ct) => new(
        (await user.RolesInCurrentTenantAsync(ct)).Count > 0,
        await CallerPermissions.PersonHasAsync(user, Permission.ReportData, ct),
        await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, ct),
        await CallerPermissions.PersonHasAsync(user, Permission.ManageUsers, ct),
        user.IsPlatformAdmin);
}
