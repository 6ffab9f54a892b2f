using Strategy.Domain.Common;

namespace Strategy.Domain.Access;

/// <summary>
/// An invitation to join a gmina in a role, sent by e-mail. Only a hash of its token is kept; it
/// can be accepted once, before it expires. Global because it is opened by someone not yet signed
/// in and not yet in any gmina; every query names its tenant explicitly.
/// </summary>
public sealed class Invitation : Entity, IGlobalEntity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    private Invitation(Guid tenantId, string email, TenantRole role, Guid? institutionId, Guid? invitedBy, string tokenHash, DateTimeOffset now)
    {
        TenantId = tenantId;
        Email = email;
        Role = role;
        InstitutionId = institutionId;
        InvitedBy = invitedBy;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = "";

    public TenantRole Role { get; private set; }

    public Guid? InstitutionId { get; private set; }

    /// <summary>The invited institution's record was merged into another.</summary>
    public void ReassignInstitution(Guid institutionId) => InstitutionId = institutionId;

    public Guid? InvitedBy { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    /// <summary>Creates an invitation and the token to put in the link (returned once, never stored).</summary>
    public static (Invitation Invitation, string Token) Create(Guid tenantId, string email, TenantRole role, Guid? institutionId, Guid? invitedBy, DateTimeOffset now)
    {
        // Validates the role/institution pairing the same way a membership will.
        _ = new Membership(Guid.Empty, role, institutionId);
        var (token, hash) = LinkToken.New();
        return (new Invitation(tenantId, NormaliseEmail(email), role, institutionId, invitedBy, hash, now), token);
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public Membership Accept(Guid userId, DateTimeOffset now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException("To zaproszenie zostało już wykorzystane.");
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException("To zaproszenie wygasło. Poproś o nowe.");
        }

        AcceptedAt = now;
        AcceptedBy = userId;
        return new Membership(userId, Role, InstitutionId);
    }
}
