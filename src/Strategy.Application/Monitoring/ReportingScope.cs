using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;

namespace Strategy.Application.Monitoring;

/// <summary>
/// What the caller reports on: a coordinator (or tenant admin) on every indicator, a partner only on
/// those its institution supplies.
/// </summary>
public sealed record ReportingScope(Guid? InstitutionId)
{
    public bool Everything => InstitutionId is null;

    public bool Covers(Guid? supplierInstitutionId) => Everything || supplierInstitutionId == InstitutionId;

    public static async Task<ReportingScope> OfAsync(IAppDbContext db, ICurrentUser user, CancellationToken ct)
    {
        if (RolePermissions.Grants(await user.RolesInCurrentTenantAsync(ct), Permission.ManageStrategy))
        {
            return new ReportingScope((Guid?)null);
        }

        var institution = await db.Memberships
            .Where(m => m.UserId == user.UserId && m.Role == TenantRole.Partner && m.InstitutionId != null)
            .Select(m => m.InstitutionId)
            .FirstOrDefaultAsync(ct);
        return institution is { } id
            ? new ReportingScope(id)
            : throw new ForbiddenException("Twoje konto partnera nie jest przypisane do instytucji: poproś administratora gminy o przypisanie.");
    }
}
