using Mediator;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Queries.ExportStrategy;
using Strategy.Application.Strategies.Queries.GetElement;
using Strategy.Application.Strategies.Queries.GetStrategy;
using Strategy.Application.Strategies.Queries.ListStrategies;

namespace Strategy.Web.Api;

public static class StrategiesEndpoints
{
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The import reads files by their extension; over HTTP the content type stands for it.</summary>
    private static string ImportFileName(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/json" => "import.json",
        "text/plain" => "import.txt",
        DocxContentType => "import.docx",
        var other => $"import ({other ?? "bez typu"})",
    };

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

        tenant.MapGet("/strategies/{id}/export", async (Guid id, string tenant, ISender sender, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(StrategyModelJson.Write(await sender.Send(new ExportStrategyQuery(id), ct))), "application/json", $"strategia-{tenant}.json"))
            .WithName("ExportStrategy")
            .WithTags("Strategie")
            .WithSummary("Strategia jako dokument JSON w formacie modelu strategii (do ponownego importu)")
            .Produces<StrategyModel>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tenant.MapPost("/strategies/import", async (HttpRequest request, bool? commit, string? title, ISender sender, CancellationToken ct) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                var command = new ImportStrategyCommand(ImportFileName(request.ContentType), body.ToArray(), title, commit == true);
                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .WithName("ImportStrategy")
            .WithTags("Strategie")
            .WithSummary("Import strategii z pliku: podgląd, a z ?commit=true zapis")
            .WithDescription("Treść żądania to plik: application/json (format modelu strategii), text/plain (tekst dokumentu strategii) albo DOCX. Bez commit=true nic nie jest zapisywane: odpowiedź to podgląd (liczby elementów na poziomach, wskaźniki, nowe instytucje, ostrzeżenia). Z commit=true strategia powstaje w całości albo wcale. Parametr title podaje tytuł, gdy dokument go nie zawiera.")
            .Accepts<StrategyModel>("application/json", "text/plain", DocxContentType)
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapGet("/elements/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetElementQuery(id), ct)))
            .WithName("GetElement")
            .WithTags("Strategie")
            .WithSummary("Element strategii z poddrzewem, opisem i ścieżką")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
