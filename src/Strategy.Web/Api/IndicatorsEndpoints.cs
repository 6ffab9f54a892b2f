using Mediator;
using Strategy.Application.Indicators.Queries.GetIndicator;

namespace Strategy.Web.Api;

public static class IndicatorsEndpoints
{
    public static void MapIndicatorsEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/indicators/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetIndicatorQuery(id), ct)))
            .WithName("GetIndicator")
            .WithTags("Wskaźniki")
            .WithSummary("Wskaźnik z wartościami w kolejnych latach")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
