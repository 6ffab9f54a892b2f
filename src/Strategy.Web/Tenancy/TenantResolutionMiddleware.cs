using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Web.Tenancy;

/// <summary>
/// Resolves the tenant after routing and before the endpoint runs. A request naming a tenant that
/// does not exist, or is not open, ends here with 404: nothing downstream ever runs without its tenant.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IEnumerable<ITenantResolutionStrategy> strategies, ITenantStore store, TenantContextAccessor accessor)
    {
        var identifier = strategies.Select(s => s.GetIdentifier(context)).FirstOrDefault(id => id is not null);
        if (identifier is not null)
        {
            var tenant = await store.FindByIdentifierAsync(identifier, context.RequestAborted);
            if (tenant is not { State: TenantState.Active })
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            accessor.Current = tenant;
        }

        await next(context);
    }
}
