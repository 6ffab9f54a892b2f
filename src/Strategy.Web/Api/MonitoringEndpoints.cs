using Strategy.Application.Common.Files;
using Mediator;
using Strategy.Application.Monitoring.Commands.ChangeCalendar;
using Strategy.Application.Monitoring.Commands.ChangeRoundDeadline;
using Strategy.Application.Monitoring.Queries.GetCalendar;
using Strategy.Application.Monitoring.Commands.OpenRound;
using Strategy.Application.Monitoring.Commands.ReviewMeasurementEntry;
using Strategy.Application.Monitoring.Commands.ReviewTaskReport;
using Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;
using Strategy.Application.Monitoring.Commands.SaveTaskReport;
using Strategy.Application.Monitoring.Commands.SendReminder;
using Strategy.Application.Monitoring.Commands.UploadEntrySheet;
using Strategy.Application.Monitoring.Commands.WithdrawMeasurementEntry;
using Strategy.Application.Monitoring.Queries.DownloadEntrySheet;
using Strategy.Application.Monitoring.Queries.GetDashboard;
using Strategy.Application.Monitoring.Queries.GetReportingTasks;
using Strategy.Application.Monitoring.Queries.GetRound;
using Strategy.Application.Monitoring.Queries.GetTaskReports;
using Strategy.Application.Monitoring.Queries.ListRounds;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Api;

/// <summary>Monitoring year by year: reporting rounds, reported values and their review.</summary>
public static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/strategies/{id}/dashboard", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDashboardQuery(id), ct)))
            .WithName("GetDashboard").WithTags("Monitoring")
            .WithSummary("Pulpit strategii: kompletność bieżącej rundy (currentRound — tylko dla członków gminy, dla pozostałych null) i trend każdego wskaźnika względem celu (tylko zatwierdzone wartości)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();

        tenant.MapGet("/rounds", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRoundsQuery(), ct)))
            .WithName("ListRounds").WithTags("Monitoring").WithSummary("Rundy sprawozdawcze gminy (tylko członkowie gminy)").ProducesAccessProblems();

        tenant.MapPost("/rounds", async (OpenRoundRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new OpenRoundCommand(body.StrategyId, body.Year, body.Deadline), ct)))
            .WithName("OpenRound").WithTags("Monitoring")
            .WithSummary("Otwarcie rundy sprawozdawczej za rok, z terminem")
            .WithDescription("Rok musi mieścić się w okresie strategii; jedna runda na strategię i rok.")
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapGet("/rounds/{id}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRoundQuery(id), ct)))
            .WithName("GetRound").WithTags("Monitoring")
            .WithSummary("Runda: kompletność danych według instytucji i wartości czekające na zatwierdzenie (tylko członkowie gminy)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();

        tenant.MapGet("/rounds/{id}/tasks", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetReportingTasksQuery(id), ct)))
            .WithName("GetReportingTasks").WithTags("Monitoring")
            .WithSummary("Lista do uzupełnienia: wskaźniki, które dostarcza instytucja wywołującego (koordynator: wszystkie)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();

        tenant.MapGet("/rounds/{id}/sheet", async (Guid id, string? format, ISender sender, CancellationToken ct) =>
                ApiFiles.Download(await sender.Send(new DownloadEntrySheetQuery(id, ApiFiles.Format(format ?? "xlsx")), ct)))
            .WithName("DownloadEntrySheet").WithTags("Monitoring")
            .WithSummary("Lista do uzupełnienia jako arkusz do wypełnienia (format=xlsx albo csv)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType)
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapPost("/rounds/{id}/sheet", async (Guid id, HttpRequest request, bool? submit, ISender sender, CancellationToken ct) =>
            {
                var body = await ApiFiles.ReadBodyAsync(request, FileLimits.EntrySheet, ct);
                return TypedResults.Ok(await sender.Send(new UploadEntrySheetCommand(id, ApiFiles.ImportFileName(request.ContentType), body, submit == true), ct));
            })
            .WithName("UploadEntrySheet").WithTags("Monitoring")
            .WithSummary("Wgranie wypełnionego arkusza: wszystkie wiersze albo żaden; z submit=true od razu do zatwierdzenia")
            .WithDescription("Treść żądania to arkusz pobrany z GET …/rounds/{id}/sheet (XLSX albo text/csv). Błędy wracają jako problem 400 z listą cellErrors (arkusz, wiersz, kolumna, komunikat); wtedy nic nie jest zapisywane.")
            .Accepts<byte[]>(StrategyFileWriter.XlsxContentType, StrategyFileWriter.CsvContentType)
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapPut("/rounds/{id}/indicators/{indicatorId}", async (Guid id, Guid indicatorId, SaveEntryRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveMeasurementEntryCommand(id, indicatorId, body.Value, body.NoData, body.NoDataReason, body.Note, body.Parts, body.Submit, body.Version, body.Confirmed), ct)))
            .WithName("SaveMeasurementEntry").WithTags("Monitoring")
            .WithSummary("Wartość wskaźnika za rok rundy: szkic albo (submit=true) przesłanie do zatwierdzenia")
            .WithDescription("value to liczba JSON (np. 1234.5; tekst daje 400) zgodna z rodzajem wskaźnika: liczba (count) jest całkowita i nieujemna; albo null przy noData=true z powodem (wymaganym); parts to składowe [{label, value, unit}] (najwyżej 30, o różnych nazwach). Wartość ponad 10 razy większa albo mniejsza od ostatniej zatwierdzonej wymaga confirmed=true i uwagi (note); inaczej 400 z błędem pola confirmed. Zmiana istniejącej wartości wymaga version z ostatniego odczytu; inaczej 409 z wartością zapisaną przez kogoś innego.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapGet("/rounds/{id}/task-reports", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetTaskReportsQuery(id), ct)))
            .WithName("GetTaskReports").WithTags("Monitoring")
            .WithSummary("Zadania, o których postępie wywołujący sprawozdaje (instytucja wymieniona w zadaniu; koordynator: wszystkie)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();

        tenant.MapPut("/rounds/{id}/task-reports/{elementId}", async (Guid id, Guid elementId, SaveTaskReportRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveTaskReportCommand(id, elementId, body.Progress, body.Narrative, body.PlannedAmount, body.SpentAmount, body.Submit, body.Version), ct)))
            .WithName("SaveTaskReport").WithTags("Monitoring")
            .WithSummary("Postęp zadania w roku rundy: stan, opis, kwoty; szkic albo (submit=true) do zatwierdzenia")
            .WithDescription("progress: notStarted, inProgress, done, ongoing, suspended. Kwoty to liczby JSON (np. 12500.5; tekst daje 400). Zmiana istniejącego sprawozdania wymaga version; inaczej 409.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapPost("/task-reports/{id}/review", async (Guid id, ReviewEntryRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReviewTaskReportCommand(id, body.Approve, body.Comment, body.Version), ct)))
            .WithName("ReviewTaskReport").WithTags("Monitoring")
            .WithSummary("Zatwierdzenie postępu zadania albo zwrot z komentarzem")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapPost("/entries/{id}/review", async (Guid id, ReviewEntryRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReviewMeasurementEntryCommand(id, body.Approve, body.Comment, body.Version), ct)))
            .WithName("ReviewMeasurementEntry").WithTags("Monitoring")
            .WithSummary("Zatwierdzenie wartości (staje się wartością wskaźnika za rok) albo zwrot z komentarzem")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapPost("/entries/{id}/withdraw", async (Guid id, WithdrawEntryRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new WithdrawMeasurementEntryCommand(id, body.Version), ct)))
            .WithName("WithdrawMeasurementEntry").WithTags("Monitoring")
            .WithSummary("Wycofanie przesłanej wartości, zanim koordynator ją zatwierdzi albo zwróci: wraca jako szkic")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapPost("/rounds/{id}/reminders", async (Guid id, ReminderRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new ReminderSentResponse(await sender.Send(new SendReminderCommand(id, body.InstitutionId), ct))))
            .WithName("SendReminder").WithTags("Monitoring")
            .WithSummary("Przypomnienie e-mailem dla osób instytucji (przez kolejkę wiadomości)")
            .ProducesValidationProblem().ProducesAccessProblems();

        tenant.MapPut("/rounds/{id}/deadline", async (Guid id, RoundDeadlineRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new ChangeRoundDeadlineCommand(id, body.Deadline, body.Version), ct))))
            .WithName("ChangeRoundDeadline").WithTags("Monitoring")
            .WithSummary("Zmiana terminu otwartej rundy; przypomnienia liczą się od nowego terminu")
            .WithDescription("Termin rundy za rok N nie może być późniejszy niż 31 maja N+1 (raport o stanie gminy, art. 28aa ustawy o samorządzie gminnym) ani wcześniejszy niż dziś: 400 z powodem. version z odczytu rundy (GET …/calendar, rounds); inna — 409.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();

        tenant.MapGet("/calendar", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCalendarQuery(), ct)))
            .WithName("GetCalendar").WithTags("Monitoring")
            .WithSummary("Kalendarz roku gminy: terminy z liczbą dni, najbliższy termin, proponowane rundy, zaplanowane przypomnienia")
            .WithDescription("Daty: propozycja rundy za rok N (styczeń N+1), termin danych partnerów, ocena zasobów pomocy społecznej (do 30 kwietnia, art. 16a ustawy o pomocy społecznej), raport o stanie gminy (do 31 maja, art. 28aa ustawy o samorządzie gminnym). Tylko członkowie gminy.")
            .ProducesAccessProblems();

        tenant.MapPut("/calendar", async (CalendarRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new ChangeCalendarCommand(body.ProposeRoundOn, body.RoundDeadline, body.ResourceAssessmentDue, body.StateReportDue, body.ReminderDaysBefore, body.Version), ct))))
            .WithName("ChangeCalendar").WithTags("Monitoring")
            .WithSummary("Zmiana dat kalendarza (dzień i miesiąc, np. \"31.03\") i dni przypomnień przed terminem rundy")
            .WithDescription("Termin rund po 31 maja, ocena zasobów po 30 kwietnia albo raport o stanie gminy po 31 maja — 400 z powodem z ustawy; przypomnienia: najwyżej 5, od 1 do 60 dni przed terminem. version z GET …/calendar (0 dla kalendarza domyślnego); inna — 409.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesAccessProblems();
    }
}

public sealed record RoundDeadlineRequest(DateOnly Deadline, int Version);

public sealed record CalendarRequest(string? ProposeRoundOn, string? RoundDeadline, string? ResourceAssessmentDue, string? StateReportDue, IReadOnlyList<int>? ReminderDaysBefore, int Version);

public sealed record VersionResponse(int Version);

public sealed record OpenRoundRequest(Guid StrategyId, int Year, DateOnly? Deadline);

public sealed record SaveEntryRequest(decimal? Value, bool NoData, string? NoDataReason, string? Note, IReadOnlyList<MeasurementPartDto>? Parts, bool Submit, int? Version, bool Confirmed = false);

public sealed record WithdrawEntryRequest(int Version);

public sealed record SaveTaskReportRequest(Strategy.Domain.Monitoring.TaskProgress? Progress, string? Narrative, decimal? PlannedAmount, decimal? SpentAmount, bool Submit, int? Version);

public sealed record ReviewEntryRequest(bool Approve, string? Comment, int Version);

public sealed record ReminderRequest(Guid InstitutionId);

public sealed record ReminderSentResponse(int Sent);
