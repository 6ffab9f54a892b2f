using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring;

/// <summary>
/// What the caller reports on: a coordinator (or tenant admin) on every indicator, a partner only on
/// those its institution supplies.
/// </summary>
public sealed record ReportingScope(Guid? InstitutionId)
{
    public bool Everything => InstitutionId is null;

    public bool Covers(Guid? supplierInstitutionId) => Everything || supplierInstitutionId == InstitutionId;

    /// <remarks>The partner's institution comes with the caller's roles: no query of its own.</remarks>
    public static async Task<ReportingScope> OfAsync(ICurrentUser user, CancellationToken ct)
    {
        if (RolePermissions.Grants(await user.RolesInCurrentTenantAsync(ct), Permission.ManageStrategy))
        {
            return new ReportingScope((Guid?)null);
        }

        return await user.PartnerInstitutionAsync(ct) is { } id
            ? new ReportingScope(id)
            : throw new ForbiddenException("Twoje konto partnera nie jest przypisane do instytucji: poproś administratora gminy o przypisanie.");
    }
}
