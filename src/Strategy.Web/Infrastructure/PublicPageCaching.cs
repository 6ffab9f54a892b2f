using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Output caching of a gmina's pages for anonymous visitors: what the public reads is the same for every
/// visitor, so a replica renders it once a minute at most. Cached per gmina (tagged with its id) and URL
/// with its query; never for a signed-in person, a bearer token or the API; only a 200 that sets no
/// cookie is kept. A save touching the gmina's rows evicts its pages on this replica at once
/// (<see cref="IPublicPageCache"/>); other replicas serve theirs until <see cref="Lifetime"/> ends.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static string TagOf(Guid tenantId) => "gmina:" + tenantId.ToString("N");

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Current;
        var cacheable = tenant is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && !http.Request.Path.StartsWithSegments("/api");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable)
        {
            context.Tags.Add(TagOf(tenant!.Id));
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Evicts a gmina's cached anonymous pages from this replica's output cache.</summary>
public sealed class OutputCachePublicPages(IOutputCacheStore store) : IPublicPageCache
{
    public ValueTask EvictAsync(Guid tenantId, CancellationToken ct) => store.EvictByTagAsync(PublicPageCachePolicy.TagOf(tenantId), ct);
}
