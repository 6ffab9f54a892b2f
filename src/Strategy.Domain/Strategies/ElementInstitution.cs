using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>An institution named on an element in a role, in the order the document lists it.</summary>
public sealed class ElementInstitution : TenantOwnedEntity
{
    private ElementInstitution()
    {
    }

    internal ElementInstitution(Guid elementId, Guid institutionId, InstitutionRole role, int order)
    {
        ElementId = elementId;
        InstitutionId = institutionId;
        Role = role;
        Order = order;
    }

    public Guid ElementId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Institution? Institution { get; private set; }

    public InstitutionRole Role { get; private set; }

    public int Order { get; private set; }

    /// <summary>The same link, to the institution kept when two records of one institution are merged.</summary>
    public void ReassignTo(Institution kept) => InstitutionId = kept.Id;
}
