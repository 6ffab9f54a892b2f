using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Audit;

public sealed class AuditLog(AppDbContext db, ICurrentUser user, TimeProvider clock) : IAuditLog
{
    public void Record(string action, Guid? tenantId, string? detail) =>
        db.AuditEvents.Add(new AuditEvent(action, tenantId, user.UserId, user.Name, detail, clock.GetUtcNow()));

    public async Task RecordNowAsync(string action, Guid? tenantId, Guid? userId, string? userName, string? detail, CancellationToken ct)
    {
        db.AuditEvents.Add(new AuditEvent(action, tenantId, userId, userName, detail, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
