using Strategy.Domain.Common;

namespace Strategy.Domain.Audit;

/// <summary>
/// A security event: who did what, in which gmina (or on the platform), when (UTC). Append-only.
/// Global so that platform events and failed sign-ins (no gmina) have a place; every query of a
/// gmina's events filters on <see cref="TenantId"/> explicitly.
/// </summary>
public sealed class AuditEvent : Entity, IGlobalEntity
{
    private AuditEvent()
    {
    }

    public AuditEvent(string action, Guid? tenantId, Guid? userId, string? userName, string? detail, DateTimeOffset occurredAt)
    {
        Action = action;
        TenantId = tenantId;
        UserId = userId;
        UserName = userName;
        Detail = detail;
        OccurredAt = occurredAt;
    }

    public string Action { get; private set; } = "";

    public Guid? TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
