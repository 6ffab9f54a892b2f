using Mediator;
using Strategy.Application.Strategies.Queries.GetElement;
using Strategy.Application.Strategies.Queries.GetStrategy;
using Strategy.Application.Strategies.Queries.ListStrategies;

namespace Strategy.Web.Api;

public static class StrategiesEndpoints
{
    public static void MapStrategiesEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/strategies", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListStrategiesQuery(), ct)))
            .WithName("ListStrategies")
            .WithTags("Strategie")
            .WithSummary("Strategie gminy");

        tenant.MapGet("/strategies/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStrategyQuery(id), ct)))
            .WithName("GetStrategy")
            .WithTags("Strategie")
            .WithSummary("Strategia z całym drzewem elementów")
            .WithDescription("Poziomy strategii oraz drzewo elementów z koordynatorami, partnerami, realizatorami i wskaźnikami wraz z wartościami.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tenant.MapGet("/elements/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetElementQuery(id), ct)))
            .WithName("GetElement")
            .WithTags("Strategie")
            .WithSummary("Element strategii z poddrzewem, opisem i ścieżką")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
