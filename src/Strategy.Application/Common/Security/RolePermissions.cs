using Strategy.Domain.Access;

namespace Strategy.Application.Common.Security;

/// <summary>
/// The one table of who may do what in a gmina. Partners read everything but report only on their
/// institution's elements (checked in the reporting use cases themselves).
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<TenantRole, HashSet<Permission>> Granted = new()
    {
        [TenantRole.Viewer] = [Permission.ReadStrategy],
        [TenantRole.Partner] = [Permission.ReadStrategy, Permission.ReportData],
        [TenantRole.Coordinator] = [Permission.ReadStrategy, Permission.ManageStrategy, Permission.ReportData],
        [TenantRole.TenantAdmin] = [Permission.ReadStrategy, Permission.ManageStrategy, Permission.ReportData, Permission.ManageUsers, Permission.ManageSettings, Permission.ManageApiClients, Permission.ViewAudit],
    };

    /// <summary>What an API client may do with each scope it was granted.</summary>
    public static readonly IReadOnlyDictionary<string, Permission> ScopePermissions = new Dictionary<string, Permission>
    {
        [ApiScopes.StrategyRead] = Permission.ReadStrategy,
        [ApiScopes.AuditRead] = Permission.ViewAudit,
    };

    public static bool Grants(IEnumerable<TenantRole> roles, Permission permission) =>
        roles.Any(r => Granted.TryGetValue(r, out var set) && set.Contains(permission));
}

/// <summary>The OAuth scopes an API client of a gmina can be granted.</summary>
public static class ApiScopes
{
    public const string StrategyRead = "strategy.read";
    public const string AuditRead = "audit.read";

    public static readonly IReadOnlyList<string> All = [StrategyRead, AuditRead];
}
