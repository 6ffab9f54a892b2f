using Mediator;
using Strategy.Application.Benchmarking;
using Strategy.Application.Benchmarking.Queries.GetBenchmark;
using Strategy.Application.Benchmarking.Queries.ListBenchmarks;

namespace Strategy.Web.Api;

public static class BenchmarksEndpoints
{
    public static void MapBenchmarksEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/benchmarks", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListBenchmarksQuery(), ct)))
            .WithName("ListBenchmarks").WithTags("Porównania gmin")
            .WithSummary("Mierniki katalogu, na których gminę można porównać z innymi; mappedHere: gmina ma wskaźnik przypisany do miernika (lub liczbę mieszkańców) (tylko członkowie gminy)")
            .ProducesAccessProblems();

        tenant.MapGet("/benchmarks/{metricCode}", async (string metricCode, int? year, bool? sameKind, bool? sameVoivodeship, bool? sameClass, ISender sender, SerializedOnce json, CancellationToken ct) =>
                json.Json(await sender.Send(new GetBenchmarkQuery(metricCode, year, sameKind ?? false, sameVoivodeship ?? false, sameClass ?? false), ct)))
            .Produces<BenchmarkDto>()
            .WithName("GetBenchmark").WithTags("Porównania gmin")
            .WithSummary("Porównanie gminy z gminami, które udostępniają zatwierdzone wartości miernika: wartość, wartość znormalizowana, miejsce, mediana i kwartyle, rozkład i trend na tle mediany grupy (tylko członkowie gminy)")
            .WithDescription("year: rok porównania; bez niego najnowszy rok z wartościami (years: wszystkie lata z wartościami). sameKind, sameVoivodeship, sameClass zawężają grupę do gmin tego samego rodzaju (miejska, wiejska, miejsko-wiejska), województwa albo klasy wielkości (według liczby mieszkańców w tym roku; bez liczby mieszkańców gminy classFilterUnavailable = true i filtr nie działa). normalised: na 1000 mieszkańców dla takich mierników — null, gdy brak liczby mieszkańców (taka gmina nie ma miejsca, rank null) — dla pozostałych wartość. rank 1 to wartość najlepsza: najniższa dla miernika, który ma maleć, w pozostałych najwyższa. Gminy, które nie udostępniają wartości, nie występują; własna gmina występuje zawsze (mine = true), a sharesMine mówi, czy widzą ją inne. Dane mogą być do minuty nieaktualne.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();
    }
}
