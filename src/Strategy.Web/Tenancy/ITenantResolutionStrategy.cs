namespace Strategy.Web.Tenancy;

/// <summary>
/// One way of telling which tenant a request is for. Strategies are tried in registration order; the
/// first that names an identifier wins (after Finbuckle's model: route now, a token claim with sign-in).
/// </summary>
public interface ITenantResolutionStrategy
{
    string? GetIdentifier(HttpContext context);
}

/// <summary>
/// The tenant segment of the matched route: <c>/{tenant}/…</c> for pages, <c>/api/v1/{tenant}/…</c> for the API.
/// </summary>
public sealed class RouteTenantResolutionStrategy : ITenantResolutionStrategy
{
    public const string RouteKey = "tenant";

    public string? GetIdentifier(HttpContext context) => context.GetRouteValue(RouteKey) as string;
}
