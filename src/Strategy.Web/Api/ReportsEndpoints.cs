using Mediator;
using Strategy.Application.Reports;
using Strategy.Application.Reports.Commands.PublishReport;
using Strategy.Application.Reports.Commands.WriteReport;
using Strategy.Application.Reports.Queries.GetAnnualReport;
using Strategy.Application.Reports.Queries.GetPublishedReport;
using Strategy.Application.Reports.Queries.GetStateReportChapter;
using Strategy.Application.Reports.Queries.ListReports;

namespace Strategy.Web.Api;

/// <summary>The annual implementation report: prepared from approved data, written around, published as frozen versions.</summary>
public static class ReportsEndpoints
{
    public static void MapReportsEndpoints(this RouteGroupBuilder tenant)
    {
        var reports = tenant.MapGroup("/strategies/{id:guid}/reports").WithTags("Raporty");

        reports.MapGet("", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListReportsQuery(id), ct)))
            .WithName("ListReports")
            .WithSummary("Raporty roczne strategii: lata okresu strategii i opublikowane wersje")
            .ProducesAccessProblems();

        reports.MapGet("/{year:int}", async (Guid id, int year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetAnnualReportQuery(id, year), ct)))
            .WithName("GetAnnualReport")
            .WithSummary("Raport roczny w obecnym brzmieniu (zatwierdzone dane i teksty koordynatora), przed publikacją")
            .WithDescription("Rok spoza okresu strategii albo bez danych daje raport, który mówi to przy każdym celu (notice). version służy do zapisu tekstów i publikacji.")
            .ProducesValidationProblem().ProducesAccessProblems();

        reports.MapGet("/{year:int}.docx", async (Guid id, int year, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new GetAnnualReportDocumentQuery(id, year), ct)))
            .WithName("GetAnnualReportDocument")
            .WithSummary("Raport roczny w obecnym brzmieniu jako dokument Word (DOCX)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), ApiFiles.DocxContentType)
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapGet("/strategies/{id:guid}/state-report/{year:int}", async (Guid id, int year, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStateReportChapterQuery(id, year), ct)))
            .WithTags("Raporty")
            .WithName("GetStateReportChapter")
            .WithSummary("Rozdział „Realizacja Strategii Rozwiązywania Problemów Społecznych w roku N” do raportu o stanie gminy (art. 28aa ustawy o samorządzie gminnym)")
            .WithDescription("Tekst z zatwierdzonych danych za rok N (zmiany wobec N−1): czym jest strategia i jej okres, akapit na każdy cel (zadania, wskaźniki wobec celu, największe zmiany, pieniądze), tabela kluczowych wskaźników. Rok bez zatwierdzonych danych albo spoza okresu daje rozdział, który to mówi (notice).")
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapGet("/strategies/{id:guid}/state-report/{year:int}.docx", async (Guid id, int year, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new GetStateReportChapterDocumentQuery(id, year), ct)))
            .WithTags("Raporty")
            .WithName("GetStateReportChapterDocument")
            .WithSummary("Rozdział do raportu o stanie gminy jako dokument Word (DOCX)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), ApiFiles.DocxContentType)
            .ProducesValidationProblem().ProducesAccessProblems();

        reports.MapPut("/{year:int}", async (Guid id, int year, WriteReportRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new ReportVersionResponse(await sender.Send(new WriteReportCommand(id, year, body.Introduction, body.Coordinator, body.Commentaries ?? [], body.Version), ct))))
            .WithName("WriteReport")
            .WithSummary("Teksty koordynatora: wprowadzenie, koordynator na stronie tytułowej, komentarz do każdego celu")
            .WithDescription("version z ostatniego odczytu (0 dla raportu jeszcze niezapisanego); inaczej 409 i nic nie jest zapisywane.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        reports.MapPost("/{year:int}/publish", async (string tenant, Guid id, int year, PublishReportRequest body, ISender sender, CancellationToken ct) =>
            {
                var published = await sender.Send(new PublishReportCommand(id, year, body.Version), ct);
                return TypedResults.Created($"/api/v1/{tenant}/strategies/{id}/reports/{year}/versions/{published.Number}", published);
            })
            .WithName("PublishReport")
            .WithSummary("Publikacja raportu: niezmienna wersja (treść i plik DOCX); kolejna publikacja to kolejna wersja")
            .WithDescription("version z podglądu, który koordynator przejrzał; z dwóch równoczesnych publikacji jedna dostaje 409. Rok musi mieścić się w okresie strategii.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        reports.MapGet("/{year:int}/versions/{number:int}", async (Guid id, int year, int number, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPublishedReportQuery(id, year, number), ct)))
            .WithName("GetPublishedReport")
            .WithSummary("Opublikowana wersja raportu, dokładnie taka, jak ją opublikowano")
            .ProducesAccessProblems();

        reports.MapGet("/{year:int}/versions/{number:int}.docx", async (Guid id, int year, int number, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new GetPublishedReportDocumentQuery(id, year, number), ct)))
            .WithName("GetPublishedReportDocument")
            .WithSummary("Opublikowana wersja raportu jako dokument Word (DOCX)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), ApiFiles.DocxContentType)
            .ProducesAccessProblems();
    }
}

public sealed record WriteReportRequest(string? Introduction, string? Coordinator, IReadOnlyList<GoalCommentaryDto>? Commentaries, int Version);

public sealed record PublishReportRequest(int Version);

public sealed record ReportVersionResponse(int Version);
