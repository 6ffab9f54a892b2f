using Strategy.Domain.Common;

namespace Strategy.Domain.Access;

/// <summary>
/// A platform admin's explicit, time-limited and audited access to one gmina's unpublished data,
/// opened with a reason (e.g. a support ticket).
/// </summary>
public sealed class SupportSession : Entity, IGlobalEntity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private SupportSession()
    {
    }

    public SupportSession(Guid adminUserId, Guid tenantId, string reason, DateTimeOffset now)
    {
        AdminUserId = adminUserId;
        TenantId = tenantId;
        Reason = MunicipalStrategyText.Required(reason, "Podaj powód sesji wsparcia.");
        StartedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid AdminUserId { get; private set; }

    public Guid TenantId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => EndedAt is null && now < ExpiresAt;

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
