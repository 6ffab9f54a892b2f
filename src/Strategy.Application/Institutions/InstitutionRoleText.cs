using Strategy.Domain.Strategies;

namespace Strategy.Application.Institutions;

/// <summary>An institution's role on an element, as people read it in pages and the audit log.</summary>
public static class InstitutionRoleText
{
    public static string Of(InstitutionRole role) => role switch
    {
        InstitutionRole.Coordinator => "koordynator",
        InstitutionRole.Partner => "partner",
        _ => "realizator",
    };
}
