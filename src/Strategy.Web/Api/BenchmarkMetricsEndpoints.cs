using Mediator;
using Strategy.Application.Benchmarking.Commands.CreateBenchmarkMetric;
using Strategy.Application.Benchmarking.Commands.DeleteBenchmarkMetric;
using Strategy.Application.Benchmarking.Commands.UpdateBenchmarkMetric;
using Strategy.Application.Benchmarking.Queries.GetBenchmarkMetric;
using Strategy.Application.Benchmarking.Queries.ListBenchmarkMetrics;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Web.Api;

/// <summary>The platform-wide catalogue of metrics gminy are compared on: read by anyone signed in, kept by platform admins.</summary>
public static class BenchmarkMetricsEndpoints
{
    private const string Tag = "Katalog mierników";

    public static void MapBenchmarkMetricsEndpoints(this RouteGroupBuilder api)
    {
        var metrics = api.MapGroup("/benchmark-metrics").WithTags(Tag);
        metrics.MapGet("", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListBenchmarkMetricsQuery(), ct)))
            .WithName("ListBenchmarkMetrics")
            .WithSummary("Katalog mierników porównawczych, według nazwy")
            .WithDescription("Dla każdej zalogowanej osoby i każdego klienta API gminy: kod miernika (code) podaje się przy przypisaniu wskaźnika gminy (PUT /api/v1/{tenant}/indicators/{id}/benchmark-metric). normalisation: absolute, perThousandResidents albo percentage; direction: unspecified, increase albo decrease.")
            .ProducesAccessProblems();
        metrics.MapGet("/{code}", async (string code, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetBenchmarkMetricQuery(code), ct)))
            .WithName("GetBenchmarkMetric")
            .WithSummary("Jeden miernik katalogu po kodzie")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAccessProblems();
        metrics.MapPost("", async (BenchmarkMetricRequest body, ISender s, CancellationToken ct) =>
            {
                var created = await s.Send(new CreateBenchmarkMetricCommand(body.Code ?? "", body.NamePl ?? "", body.NameEn ?? "", body.Unit, body.Definition ?? "", body.Normalisation, body.Direction, body.BdlVariableId), ct);
                return TypedResults.Created($"/api/v1/benchmark-metrics/{created.Code}", created);
            })
            .WithName("CreateBenchmarkMetric")
            .WithSummary("Nowy miernik katalogu (administrator platformy)")
            .WithDescription("code: małe litery a–z, cyfry i łączniki, 2–40 znaków; nie zmienia się potem. Zajęty kod daje 409. bdlVariableId: identyfikator zmiennej GUS BDL (dodatnia liczba całkowita) albo null.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();
        metrics.MapPut("/{code}", async (string code, BenchmarkMetricRequest body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new UpdateBenchmarkMetricCommand(code, body.NamePl ?? "", body.NameEn ?? "", body.Unit, body.Definition ?? "", body.Normalisation, body.Direction, body.BdlVariableId, body.Version), ct)))
            .WithName("UpdateBenchmarkMetric")
            .WithSummary("Opis miernika: nazwy, jednostka, definicja, sposób porównania, kierunek, zmienna BDL (administrator platformy)")
            .WithDescription("Kod z adresu się nie zmienia (code w treści jest pomijany). version to wersja z odpowiedzi GET albo poprzedniego zapisu; gdy ktoś zapisał miernik w międzyczasie, odpowiedź to 409 z jego opisem (current) i aktualną wersją (currentVersion); nic nie jest zapisywane.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();
        metrics.MapDelete("/{code}", async (string code, ISender s, CancellationToken ct) =>
            {
                await s.Send(new DeleteBenchmarkMetricCommand(code), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteBenchmarkMetric")
            .WithSummary("Usuń miernik, do którego żadna gmina nie przypisała wskaźnika (administrator platformy)")
            .WithDescription("Gdy choć jeden wskaźnik którejkolwiek gminy jest przypisany do miernika, odpowiedź to 409 i miernik zostaje.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();
    }
}

/// <summary>The body of <c>POST</c> and <c>PUT /api/v1/benchmark-metrics</c>; <c>code</c> only when creating, <c>version</c> only when editing.</summary>
public sealed record BenchmarkMetricRequest(
    string? Code,
    string? NamePl,
    string? NameEn,
    string? Unit,
    string? Definition,
    MetricNormalisation Normalisation,
    IndicatorDirection Direction,
    int? BdlVariableId,
    int Version);
