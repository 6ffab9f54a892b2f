using Mediator;
using Strategy.Application.OfficialStatistics.Commands.FetchOfficialStatistics;
using Strategy.Application.Population.Commands.EnterPopulation;
using Strategy.Application.Population.Queries.ListPopulation;

namespace Strategy.Web.Api;

public static class PopulationEndpoints
{
    public static void MapPopulationEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/population", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPopulationQuery(), ct)))
            .WithName("ListPopulation")
            .WithTags("Ludność")
            .WithSummary("Liczba mieszkańców gminy w kolejnych latach, ze źródłem (person: wprowadzona ręcznie, bdl: GUS BDL) i flagą jakości BDL")
            .WithDescription("Dla członków gminy i jej klientów API. qualityFlag to attrId z BDL (1: bez uwag), null dla wartości wprowadzonej ręcznie; version służy do poprawienia roku (PUT …/population/{year}).")
            .ProducesAccessProblems();

        tenant.MapPut("/population/{year:int}", async (int year, EnterPopulationRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new EnterPopulationCommand(year, body.Residents, body.Version), ct)))
            .WithName("EnterPopulation")
            .WithTags("Ludność")
            .WithSummary("Wprowadza albo poprawia liczbę mieszkańców w roku")
            .WithDescription("Rok od 1990 do przyszłego roku, residents większe od zera. Dla roku, który już ma wartość, version to jej wersja (z GET …/population); bez version zapisuje się tylko nowy rok. Gdy wartość zmieniła się w międzyczasie, odpowiedź to 409 z zapisaną wartością (current) i jej wersją (currentVersion); nic nie jest zapisywane. Wartość wprowadzona tu nigdy nie zostanie nadpisana przez pobranie z GUS BDL.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPost("/official-statistics/fetch", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new FetchOfficialStatisticsCommand(), ct)))
            .WithName("FetchOfficialStatistics")
            .WithTags("Ludność")
            .WithSummary("Pobiera z GUS BDL liczbę mieszkańców i wartości wskaźników przypisanych do mierników katalogu")
            .WithDescription("Dla lat strategii (do bieżącego roku) i lat, które gmina już ma. Wartości wprowadzonych lub zatwierdzonych przez ludzi nie nadpisuje (keptPersonValues); każda pobrana wartość ma źródło bdl i flagę jakości BDL. Gdy BDL jest niedostępny albo ogranicza liczbę zapytań mimo ponowień, odpowiedź to 503 i nic nie jest zmieniane.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesAccessProblems();
    }
}

/// <summary>The body of <c>PUT …/population/{year}</c>.</summary>
public sealed record EnterPopulationRequest(int Residents, int? Version);
