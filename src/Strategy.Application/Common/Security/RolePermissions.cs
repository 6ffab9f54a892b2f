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

    public static bool Grants(IEnumerable<TenantRole> roles, Permission permission) =>
        roles.Any(r => Granted.TryGetValue(r, out var set) && set.Contains(permission));
}

/// <summary>
/// The OAuth scopes: what a token may be used for. A token does no more than its scopes allow and its
/// owner may: a person's role (or a client's gmina) intersected with the token's scopes.
/// </summary>
public static class ApiScopes
{
    public const string StrategyRead = "strategy.read";
    public const string StrategyWrite = "strategy.write";
    public const string GminaAdmin = "gmina.admin";
    public const string AuditRead = "audit.read";
    public const string PlatformAdmin = "platform.admin";

    /// <summary>Every scope the token server knows.</summary>
    public static readonly IReadOnlyList<string> All = [StrategyRead, StrategyWrite, GminaAdmin, AuditRead, PlatformAdmin];

    /// <summary>What a gmina's API client (client credentials, no person behind it) can be granted.</summary>
    public static readonly IReadOnlyList<string> ForApiClients = [StrategyRead, AuditRead];

    private static readonly Dictionary<string, Permission[]> Permissions = new()
    {
        [StrategyRead] = [Permission.ReadStrategy],
        [StrategyWrite] = [Permission.ManageStrategy, Permission.ReportData],
        [GminaAdmin] = [Permission.ManageUsers, Permission.ManageSettings, Permission.ManageApiClients, Permission.ViewAudit],
        [AuditRead] = [Permission.ViewAudit],
        [PlatformAdmin] = [Permission.ManageTenants, Permission.ViewPlatformAudit, Permission.ManageBenchmarkCatalogue],
    };

    /// <summary>Whether any of the token's scopes covers the permission.</summary>
    public static bool Allow(IEnumerable<string> scopes, Permission permission) =>
        scopes.Any(s => Permissions.TryGetValue(s, out var granted) && granted.Contains(permission));

    /// <summary>What the consent page tells a person each scope lets an application do.</summary>
    public static string Describe(string scope) => scope switch
    {
        "openid" => "potwierdzać, kim jesteś",
        "profile" => "znać Twoje imię i nazwisko",
        "email" => "znać Twój adres e-mail",
        "offline_access" => "działać w Twoim imieniu także wtedy, gdy nie korzystasz z aplikacji (token odświeżania)",
        StrategyRead => "czytać strategie, wskaźniki i wartości gmin, do których należysz",
        StrategyWrite => "zmieniać strategie i sprawozdawać wartości oraz postęp zadań — tylko tam, gdzie pozwala Ci na to Twoja rola",
        GminaAdmin => "administrować gminą (użytkownicy, ustawienia, klienci API, dziennik) — tylko jeśli jesteś jej administratorem",
        AuditRead => "czytać dziennik bezpieczeństwa gminy — tylko jeśli jesteś jej administratorem",
        PlatformAdmin => "administrować platformą (gminy, zgłoszenia, dziennik platformy) — tylko jeśli jesteś jej administratorem",
        _ => scope,
    };
}
