using Strategy.Domain.Access;

namespace Strategy.Application.Common.Security;

/// <summary>Role names as people read them (e-mails, pages).</summary>
public static class RoleNames
{
    public static string Of(TenantRole role) => role switch
    {
        TenantRole.TenantAdmin => "administrator gminy",
        TenantRole.Coordinator => "koordynator strategii",
        TenantRole.Partner => "partner",
        _ => "obserwator",
    };
}
