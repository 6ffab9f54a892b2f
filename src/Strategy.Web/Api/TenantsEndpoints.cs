using Mediator;
using Strategy.Application.Tenants.Queries.ListTenants;

namespace Strategy.Web.Api;

public static class TenantsEndpoints
{
    public static void MapTenantsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tenants", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListTenantsQuery(), ct)))
            .WithName("ListTenants")
            .WithTags("Gminy")
            .WithSummary("Gminy na platformie")
            .WithDescription("Aktywne gminy (tenanci) z kodem TERYT, rodzajem gminy i województwem, w kolejności alfabetycznej.");
    }
}
