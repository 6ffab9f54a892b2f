using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Support;

/// <summary>Whether a platform admin has a support session open in a gmina now: asked by the current user, once per request.</summary>
public sealed class ActiveSupportSessions(IAppDbContext db, TimeProvider clock)
{
    public async Task<bool> HasAsync(Guid tenantId, Guid adminUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return (await db.SupportSessions.AsNoTracking().Where(s => s.TenantId == tenantId && s.AdminUserId == adminUserId && s.EndedAt == null).ToListAsync(ct))
            .Any(s => s.IsActive(now));
    }
}
