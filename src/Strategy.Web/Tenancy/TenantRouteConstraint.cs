using Strategy.Domain.Tenancy;

namespace Strategy.Web.Tenancy;

/// <summary>
/// The <c>{tenant:tenant}</c> route constraint: a well-formed identifier that is not one of the
/// platform's own first segments (<c>api</c>, <c>admin</c>, <c>health</c>, static folders…), so those
/// paths never reach a tenant's pages.
/// </summary>
public sealed class TenantRouteConstraint : IRouteConstraint
{
    public const string Name = "tenant";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && value is string identifier
        && Tenant.IsValidIdentifier(identifier)
        && !Tenant.ReservedSegments.Contains(identifier);
}
