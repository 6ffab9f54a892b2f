using Strategy.Domain.Access;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// The two demo gminy, each started from its own built-in model, and demo accounts for every role
/// (Development only; listed in README).
/// </summary>
public static class DemoTenants
{
    public const string Password = "Demo-Strategia-2026";

    public const string PlatformAdminEmail = "admin@strategia.demo";

    /// <summary>A councillor who reads both gminy: one person, two memberships.</summary>
    public const string SharedViewerEmail = "radny@strategia.demo";

    /// <summary>A public (PKCE) client for trying the authorization code flow from a local tool.</summary>
    public const string InteractiveClientId = "strategia-demo-cli";

    public const string InteractiveRedirectUri = "http://localhost:8765/callback";

    public sealed record Definition(string Identifier, string TerytCode, StartingModel Model, string PartnerInstitution);

    public static readonly IReadOnlyList<Definition> All =
    [
        new("chrzanow", "1203033", StartingModel.Chrzanow, "Ośrodek Pomocy Społecznej"),
        new("krasnystaw", "0606011", StartingModel.Krasnystaw, "Miejski Ośrodek Pomocy Społecznej"),
    ];

    /// <summary>admin@chrzanow.demo, koordynator@…, partner@…, obserwator@… for each demo gmina.</summary>
    public static IEnumerable<(string Email, string DisplayName, TenantRole Role)> Accounts(Definition gmina) =>
    [
        ($"admin@{gmina.Identifier}.demo", "Administrator gminy", TenantRole.TenantAdmin),
        ($"koordynator@{gmina.Identifier}.demo", "Koordynator strategii", TenantRole.Coordinator),
        ($"partner@{gmina.Identifier}.demo", "Partner (ośrodek pomocy)", TenantRole.Partner),
        ($"obserwator@{gmina.Identifier}.demo", "Obserwator", TenantRole.Viewer),
    ];
}
