using Strategy.Domain.Common;

namespace Strategy.Domain.Access;

/// <summary>
/// A person's role in one gmina. A person may belong to several gminy (and hold several roles in
/// one); a Partner is bound to one institution of the gmina, which scopes what they may report.
/// </summary>
public sealed class Membership : TenantOwnedEntity
{
    private Membership()
    {
    }

    public Membership(Guid userId, TenantRole role, Guid? institutionId)
    {
        if (role == TenantRole.Partner && institutionId is null)
        {
            throw new DomainException("Partner musi być przypisany do instytucji.");
        }

        if (role != TenantRole.Partner && institutionId is not null)
        {
            throw new DomainException("Tylko partner jest przypisany do instytucji.");
        }

        UserId = userId;
        Role = role;
        InstitutionId = institutionId;
    }

    public Guid UserId { get; private set; }

    public TenantRole Role { get; private set; }

    public Guid? InstitutionId { get; private set; }

    /// <summary>A partner's institution record was merged into another: the person now reports for that one.</summary>
    public void ReassignInstitution(Guid institutionId) => InstitutionId = institutionId;
}
