using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.OpenApi;
using Strategy.Application.Strategies.Commands.AddElement;
using Strategy.Application.Strategies.Commands.CreateStrategy;
using Strategy.Application.Strategies.Commands.ArchiveElement;
using Strategy.Application.Strategies.Commands.EditElement;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Commands.MoveElement;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Queries.ConvertStrategyFile;
using Strategy.Application.Strategies.Queries.ExportStrategy;
using Strategy.Application.Strategies.Queries.GetCompleteness;
using Strategy.Application.Strategies.Queries.GetElement;
using Strategy.Application.Strategies.Queries.GetStrategy;
using Strategy.Application.Strategies.Queries.GetStrategyTemplate;
using Strategy.Application.Strategies.Queries.ListStrategies;
using Strategy.Application.Strategies.Models;
using Strategy.Application.Strategies.Import;

namespace Strategy.Web.Api;

public static class StrategiesEndpoints
{
    /// <summary>The spreadsheet template is the platform's, not a gmina's: those signing up fill it in first.</summary>
    public static void MapStrategyTemplateEndpoint(this RouteGroupBuilder api) =>
        api.MapGet("/strategy-template", async (string? format, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new GetStrategyTemplateQuery(ApiFiles.Format(format ?? "xlsx")), ct)))
            .WithName("GetStrategyTemplate")
            .WithTags("Strategie")
            .WithSummary("Pusty szablon arkusza strategii do importu (format=xlsx albo csv)")
            .WithDescription("Arkusze Strategia (pola i wartości), Elementy (wiersz na element: kod 1 / 1.1 / 1.1.1, poziom, tytuł, cel, opis, koordynatorzy, partnerzy, realizatorzy) i Wskaźniki (kod elementu, nazwa, jednostka, źródło danych, dostawca, kierunek, wartości bazowa i docelowa, kolumna na każdy rok). W CSV te części stoją jedna pod drugą, oddzielone pustym wierszem.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType)
            .ProducesValidationProblem()
            .AllowAnonymous();

    /// <summary>
    /// A 200 that is JSON or a spreadsheet: endpoint metadata keeps one response type per status,
    /// so the spreadsheet content types are added to the documented operation afterwards.
    /// </summary>
    private static RouteHandlerBuilder AlsoProducesSpreadsheets(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                foreach (var type in new[] { StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType })
                {
                    content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }
            }

            return Task.CompletedTask;
        });

    public static void MapStrategiesEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/strategies", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListStrategiesQuery(), ct)))
            .WithName("ListStrategies")
            .WithTags("Strategie")
            .WithSummary("Strategie gminy (poza gminą — na stronach publicznych — tylko przyjęte)")
            .WithDescription("Członkowie gminy, jej klienci API i sesje wsparcia widzą wszystkie strategie; pozostali tylko te o statusie adopted.");

        tenant.MapPost("/strategies", async (string tenant, CreateStrategyRequest body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateStrategyCommand(body.Title ?? "", body.PeriodStart, body.PeriodEnd, body.AdoptionResolution, body.LevelNames ?? []), ct);
                return TypedResults.Created($"/api/v1/{tenant}/strategies/{created.Id}", created);
            })
            .WithName("CreateStrategy")
            .WithTags("Strategie")
            .WithSummary("Nowa, pusta strategia: tytuł, okres, uchwała i nazwy poziomów (od najwyższego)")
            .WithDescription("Elementy dodaje się potem (POST …/strategies/{id}/elements) albo cała strategia powstaje z importu pliku.")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapGet("/strategies/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStrategyQuery(id), ct)))
            .WithName("GetStrategy")
            .WithTags("Strategie")
            .WithSummary("Strategia z całym drzewem elementów")
            .WithDescription("Poziomy strategii oraz drzewo elementów z koordynatorami, partnerami, realizatorami i wskaźnikami wraz z zatwierdzonymi wartościami. Poza gminą (strony publiczne) strategia nieprzyjęta odpowiada 404, a lista archived jest pusta.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tenant.MapGet("/strategies/{id}/completeness", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCompletenessQuery(id), ct)))
            .WithName("GetStrategyCompleteness")
            .WithTags("Strategie")
            .WithSummary("Kompletność strategii wobec art. 16b ust. 2 ustawy o pomocy społecznej: sześć wymaganych części, każda znaleziona (i gdzie) albo brakująca")
            .WithDescription("Części: diagnosis, forecast, strategicGoals, directions, implementationAndFinance, indicators. where mówi, gdzie część znaleziono (rozdziały zaimportowanego dokumentu, poziomy struktury, wskaźniki, źródła finansowania przy elementach); hint — czego brak. adoption: zdanie, gdy strategia nie jest przyjęta; ending: gdy okres kończy się w ciągu roku (lub minął), z listą części, które musi zawierać następna. Dla koordynatora i administratora gminy.")
            .ProducesAccessProblems();

        tenant.MapGet("/strategies/{id}/export", async (Guid id, string? format, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new ExportStrategyQuery(id, ApiFiles.Format(format)), ct)))
            .WithName("ExportStrategy")
            .WithTags("Strategie")
            .WithSummary("Strategia jako plik do ponownego importu: JSON w formacie modelu strategii (domyślnie, kompletny) albo arkusz (format=xlsx, format=csv)")
            .WithDescription("Arkusz ma postać szablonu (GET /api/v1/strategy-template); nie przenosi uwag do wartości — pełną kopię daje JSON. Poza gminą (strony publiczne) strategia nieprzyjęta odpowiada 404.")
            .Produces<StrategyModel>(StatusCodes.Status200OK, "application/json")
            .AlsoProducesSpreadsheets()
            .ProducesValidationProblem();

        tenant.MapPost("/strategies/import", async (HttpRequest request, bool? commit, string? title, ISender sender, CancellationToken ct) =>
            {
                var body = await ApiFiles.ReadBodyAsync(request, FileLimits.SignedIn, ct);
                var command = new ImportStrategyCommand(ApiFiles.ImportFileName(request.ContentType), body, title, commit == true);
                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .WithName("ImportStrategy")
            .WithTags("Strategie")
            .WithSummary("Import strategii z pliku: podgląd, a z ?commit=true zapis")
            .WithDescription("Treść żądania to plik: application/json (format modelu strategii), text/plain (tekst dokumentu strategii), DOCX, PDF z warstwą tekstową, albo arkusz według szablonu (XLSX, text/csv). Błędy arkusza wracają jako problem 400 z listą cellErrors (arkusz, wiersz, kolumna, komunikat). Bez commit=true nic nie jest zapisywane: odpowiedź to podgląd (liczby elementów na poziomach, wskaźniki, nowe instytucje, ostrzeżenia). Z commit=true strategia powstaje w całości albo wcale. Parametr title podaje tytuł, gdy dokument go nie zawiera.")
            .Accepts<StrategyModel>("application/json", "text/plain", ApiFiles.DocxContentType, ApiFiles.PdfContentType, StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType)
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapPost("/strategies/import/corrected", async (CorrectedImportRequest body, ISender sender, CancellationToken ct) =>
            {
                var command = new ImportStrategyCommand(body.FileName ?? "", ApiFiles.FromBase64(body.Content, FileLimits.SignedIn), body.Title, body.Commit, body.Corrections);
                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .WithName("ImportStrategyCorrected")
            .WithTags("Strategie")
            .WithSummary("Import strategii z poprawkami podglądu: podgląd, a z commit=true zapis")
            .WithDescription("To samo co POST …/strategies/import, z poprawkami, jakie daje strona importu: fileName (rozszerzenie wyznacza format: .pdf, .docx, .txt, .json, .xlsx, .csv), content (plik w base64), title, commit i corrections — tytuł, okres, uchwała, nazwy poziomów, elementTitles, excluded, elementLevels (pozycja → poziom; element przechodzi pod najbliższy element wyżej o poziom wyżej), parents (pozycja → pozycja elementu nadrzędnego, −1: najwyższy poziom), indicators (\"pozycja-indeks\" → name, unit, dataSource, excluded), institutions (nazwa z dokumentu → nowa nazwa, pusta: pominięta). Pozycje to position z podglądu (kolejność elementów w drzewie odczytanym z pliku). Plik zbyt duży albo nie w base64: problem 400; nic nie jest zapisywane bez commit=true, a z nim — wszystko albo nic.")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapPost("/strategies/import/convert", async (HttpRequest request, string? format, string? title, ISender sender, CancellationToken ct) =>
            {
                var body = await ApiFiles.ReadBodyAsync(request, FileLimits.SignedIn, ct);
                return ApiFiles.Download(await sender.Send(new ConvertStrategyFileQuery(ApiFiles.ImportFileName(request.ContentType), body, title, ApiFiles.Format(format)), ct));
            })
            .WithName("ConvertStrategyFile")
            .WithTags("Strategie")
            .WithSummary("Plik do importu odczytany i zapisany w innym formacie (format=json, xlsx, csv); nic nie jest zapisywane")
            .WithDescription("Służy do poprawek większych niż te w podglądzie: odczytaj dokument, popraw arkusz lub JSON, zaimportuj poprawiony plik. Przyjmuje te same typy treści co import.")
            .Accepts<StrategyModel>("application/json", "text/plain", ApiFiles.DocxContentType, ApiFiles.PdfContentType, StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType)
            .Produces<StrategyModel>(StatusCodes.Status200OK, "application/json")
            .AlsoProducesSpreadsheets()
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapPut("/elements/{id}", async (Guid id, EditElementRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new EditElementCommand(id, body.Title ?? "", body.Statement, body.Narrative, body.Version, body.Funding, body.TimeFrame), ct)))
            .WithName("EditElement")
            .WithTags("Strategie")
            .WithSummary("Zmiana tytułu, celu, opisu, źródeł finansowania i terminu realizacji elementu")
            .WithDescription("Zastępuje wszystkie te pola: pominięte pole opcjonalne (statement, narrative, funding, timeFrame) zostaje wyczyszczone. version to wersja z odczytu elementu (GET …/elements/{id}). Gdy ktoś zapisał element w międzyczasie, odpowiedź to 409 z opisem jego zmian (current) i aktualną wersją (currentVersion); nic nie jest zapisywane.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPost("/strategies/{id}/elements", async (string tenant, Guid id, AddElementRequest body, ISender sender, CancellationToken ct) =>
            {
                var added = await sender.Send(new AddElementCommand(id, body.ParentId, body.Code ?? "", body.Title ?? "", body.Statement), ct);
                return TypedResults.Created($"/api/v1/{tenant}/elements/{added.Id}", added);
            })
            .WithName("AddElement")
            .WithTags("Strategie")
            .WithSummary("Nowy element strategii: pod elementem parentId albo (bez niego) na najwyższym poziomie")
            .WithDescription("Poziom wynika z głębokości: element jest o jeden poziom niżej niż nadrzędny i trafia na koniec swojego rodzeństwa. Kod i tytuł są wymagane; kod musi być niepowtarzalny wśród aktywnych (niezarchiwizowanych) elementów strategii.")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapPost("/elements/{id}/archive", async (Guid id, ElementVersionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ArchiveElementCommand(id, Archive: true, body.Version), ct)))
            .WithName("ArchiveElement")
            .WithTags("Strategie")
            .WithSummary("Archiwizacja elementu wraz z poddrzewem")
            .WithDescription("Nic nie jest usuwane: element, jego wskaźniki, wartości i historia zostają w bazie, znikają tylko z drzewa strategii, list, pulpitu i list zadań partnerów. version to wersja z odczytu; przy zmianie w międzyczasie odpowiedź to 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPost("/elements/{id}/restore", async (Guid id, ElementVersionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ArchiveElementCommand(id, Archive: false, body.Version), ct)))
            .WithName("RestoreElement")
            .WithTags("Strategie")
            .WithSummary("Przywrócenie zarchiwizowanego elementu wraz z poddrzewem")
            .WithDescription("Odmowa (400), gdy element nadrzędny jest zarchiwizowany albo kod wracającego elementu ma teraz aktywny element. version to wersja z listy zarchiwizowanych (GET …/strategies/{id}, pole archived).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPost("/elements/{id}/move", async (Guid id, MoveElementRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MoveElementCommand(id, body.ParentId, body.Code, body.Version), ct)))
            .WithName("MoveElement")
            .WithTags("Strategie")
            .WithSummary("Przeniesienie elementu (z poddrzewem) pod inny element poziomu wyżej, opcjonalnie z nowym kodem")
            .WithDescription("Element zachowuje poziom: parentId musi wskazywać element o jeden poziom wyżej (bez parentId — tylko dla elementów najwyższego poziomu); inaczej 400 z wyjaśnieniem. Trafia na koniec listy pod nowym elementem. version to wersja z odczytu; przy zmianie w międzyczasie 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPost("/elements/{id}/reorder", async (Guid id, ReorderElementRequest body, ISender sender, CancellationToken ct) =>
                body.Direction is "up" or "down"
                    ? Results.Ok(await sender.Send(new ReorderElementCommand(id, body.Direction == "up", body.Version), ct))
                    : Results.ValidationProblem(new Dictionary<string, string[]> { ["direction"] = ["Podaj kierunek: up (wyżej) albo down (niżej)."] }))
            .WithName("ReorderElement")
            .WithTags("Strategie")
            .WithSummary("Przesunięcie elementu o jedno miejsce wyżej albo niżej wśród elementów pod tym samym elementem nadrzędnym")
            .WithDescription("direction: up albo down. version to wersja z odczytu; przy zmianie w międzyczasie 409.")
            .Produces<StructureElementDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapGet("/elements/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetElementQuery(id), ct)))
            .WithName("GetElement")
            .WithTags("Strategie")
            .WithSummary("Element strategii z poddrzewem, opisem i ścieżką")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}

/// <summary>The body of <c>POST …/strategies/import/corrected</c>: the file in base64 and the preview's corrections.</summary>
public sealed record CorrectedImportRequest(string? FileName, string? Content, string? Title, bool Commit, ImportCorrections? Corrections);

/// <summary>The body of <c>PUT …/elements/{id}</c>.</summary>
public sealed record EditElementRequest(string? Title, string? Statement, string? Narrative, int Version, string? Funding = null, string? TimeFrame = null);

/// <summary>The body of <c>POST …/strategies/{id}/elements</c>.</summary>
public sealed record AddElementRequest(Guid? ParentId, string? Code, string? Title, string? Statement);

/// <summary>The body of a change to an element's place or state: the version the person read.</summary>
public sealed record ElementVersionRequest(int Version);

/// <summary>The body of <c>POST …/elements/{id}/move</c>: the new parent (none: the top) and optionally a new code.</summary>
public sealed record MoveElementRequest(Guid? ParentId, string? Code, int Version);

/// <summary>The body of <c>POST …/elements/{id}/reorder</c>: <c>up</c> or <c>down</c>.</summary>
public sealed record ReorderElementRequest(string? Direction, int Version);

/// <summary>The body of <c>POST …/strategies</c>.</summary>
public sealed record CreateStrategyRequest(string? Title, int? PeriodStart, int? PeriodEnd, string? AdoptionResolution, IReadOnlyList<string>? LevelNames);
