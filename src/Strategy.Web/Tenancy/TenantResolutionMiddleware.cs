using System.Collections;
using System.Diagnostics;
using Strategy.Application.Common;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Web.Tenancy;

/// <summary>
/// Resolves the tenant after routing and before the endpoint runs. A request naming a tenant that
/// does not exist, or is not yet active, ends here with 404; a suspended one with 403 (a notice for
/// people, a problem for the API). Nothing downstream ever runs without its tenant. The request's
/// activity is tagged with the gmina, and everything logged downstream carries it in a scope.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, ILogger<TenantResolutionMiddleware> logger)
{
    /// <summary>Set on a request stopped because its gmina is suspended; the error page explains it.</summary>
    public const string SuspendedKey = "tenant-suspended";

    public async Task InvokeAsync(HttpContext context, IEnumerable<ITenantResolutionStrategy> strategies, ITenantStore store, TenantContextAccessor accessor, IProblemDetailsService problems)
    {
        var identifier = strategies.Select(s => s.GetIdentifier(context)).FirstOrDefault(id => id is not null);
        if (identifier is not null)
        {
            var tenant = await store.FindByIdentifierAsync(identifier, context.RequestAborted);
            if (tenant is not null)
            {
                Activity.Current?.SetTag(Telemetry.TenantIdTag, tenant.Id);
                Activity.Current?.SetTag(Telemetry.TenantIdentifierTag, tenant.Identifier);
            }

            if (tenant is { State: TenantState.Suspended })
            {
                context.Items[SuspendedKey] = tenant.Name;
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Gmina zawieszona", Detail = $"{tenant.Name} jest zawieszona na platformie." },
                    });
                }

                return;
            }

            if (tenant is not { State: TenantState.Active })
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            accessor.Current = tenant;
            using (logger.BeginScope(new TenantLogScope(tenant.Id, tenant.Identifier)))
            {
                await next(context);
            }

            return;
        }

        await next(context);
    }

    /// <summary>The gmina as log properties (<c>TenantId</c>, <c>TenantIdentifier</c>) for structured sinks, and as text for the plain console.</summary>
    private sealed class TenantLogScope(Guid id, string identifier) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("TenantId", id),
            1 => new("TenantIdentifier", identifier),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"Tenant {identifier} ({id})";
    }
}
