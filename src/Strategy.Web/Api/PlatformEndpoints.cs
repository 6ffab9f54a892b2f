using Strategy.Application.SignUps.Commands.ConfirmSignUp;
using Strategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Mediator;
using Strategy.Application.Tenants.Commands.OffboardTenant;
using Strategy.Application.Tenants.Queries.ExportTenant;
using Strategy.Application.Access.Commands.AcceptInvitation;
using Strategy.Application.Access.Queries.ListMyMemberships;
using Strategy.Application.Audit.Queries.ListAuditEvents;
using Strategy.Application.SignUps.Commands.DecideSignUp;
using Strategy.Application.SignUps.Commands.SubmitSignUp;
using Strategy.Application.SignUps.Queries.ListSignUpRequests;
using Strategy.Application.Support.Commands.EndSupportSession;
using Strategy.Application.Support.Commands.StartSupportSession;
using Strategy.Application.Tenants.Commands.ChangeTenantState;
using Strategy.Application.Tenants.Commands.CreateTenant;
using Strategy.Application.Tenants.Queries.ListAllTenants;
using Strategy.Application.Tenants.Queries.SearchMunicipalities;

namespace Strategy.Web.Api;

/// <summary>Platform-wide endpoints: the TERC register, sign-up, invitations, one's memberships, and administration.</summary>
public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/municipalities", async (string q, int? limit, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new SearchMunicipalitiesQuery(q, limit ?? 20), ct)))
            .WithName("SearchMunicipalities").WithTags("Rejestr TERC").WithSummary("Szukaj gminy w rejestrze TERC po nazwie lub kodzie");
        api.MapPost("/signups", async (SubmitSignUpCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(new SignUpSubmitted(await s.Send(command, ct))))
            .WithName("SubmitSignUp").WithTags("Zgłoszenia").WithSummary("Zgłoś gminę do platformy").ProducesValidationProblem()
            // The document (at most FileLimits.Anonymous.MaxFileBytes) travels as base64: a third larger.
            .WithMetadata(new RequestSizeLimitAttribute(3 * 1024 * 1024), RateLimits.AnonymousSubmission);
        api.MapPost("/signups/confirm", async (ConfirmSignUpCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(command, ct)))
            .WithName("ConfirmSignUp").WithTags("Zgłoszenia").WithSummary("Potwierdź zgłoszenie tokenem z wiadomości e-mail: dopiero wtedy trafia do administratorów platformy").ProducesValidationProblem()
            .WithMetadata(RateLimits.AnonymousSubmission);
        api.MapPost("/invitations/accept", async (AcceptInvitationCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(command, ct)))
            .WithName("AcceptInvitation").WithTags("Użytkownicy").WithSummary("Przyjmij zaproszenie (ustaw hasło albo potwierdź istniejące konto)").ProducesValidationProblem()
            .WithMetadata(RateLimits.AnonymousSubmission);
        api.MapGet("/me/memberships", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListMyMembershipsQuery(), ct)))
            .WithName("ListMyMemberships").WithTags("Użytkownicy").WithSummary("Gminy i role zalogowanej osoby").ProducesAccessProblems();

        var admin = api.MapGroup("/admin").WithTags("Administracja platformy");
        admin.MapGet("/tenants", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListAllTenantsQuery(), ct)))
            .WithName("ListAllTenants").ProducesAccessProblems();
        admin.MapPost("/tenants", async (CreateTenantCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(command, ct)))
            .WithName("CreateTenant").WithSummary("Dodaj gminę z rejestru TERC i zaproś jej administratora").ProducesAccessProblems().ProducesValidationProblem();
        admin.MapPost("/tenants/{id}/suspend", async (Guid id, ISender s, CancellationToken ct) =>
            {
                await s.Send(new ChangeTenantStateCommand(id, Suspend: true), ct);
                return TypedResults.NoContent();
            })
            .WithName("SuspendTenant").ProducesAccessProblems();
        admin.MapPost("/tenants/{id}/reactivate", async (Guid id, ISender s, CancellationToken ct) =>
            {
                await s.Send(new ChangeTenantStateCommand(id, Suspend: false), ct);
                return TypedResults.NoContent();
            })
            .WithName("ReactivateTenant").ProducesAccessProblems();
        admin.MapPost("/tenants/{id}/support-sessions", async (Guid id, SupportSessionRequest request, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new StartSupportSessionCommand(id, request.Reason), ct)))
            .WithName("StartSupportSession").WithSummary("Otwórz audytowaną sesję wsparcia w gminie").ProducesAccessProblems().ProducesValidationProblem();
        admin.MapDelete("/tenants/{id}/support-sessions", async (Guid id, ISender s, CancellationToken ct) =>
            {
                await s.Send(new EndSupportSessionCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("EndSupportSession").ProducesAccessProblems();
        admin.MapGet("/tenants/{id}/export", async (Guid id, ISender s, CancellationToken ct) =>
            {
                var export = await s.Send(new ExportTenantQuery(id), ct);
                return Results.File(export.Content, "application/json", export.FileName);
            })
            .WithName("ExportTenant")
            .WithSummary("Wszystkie dane gminy jako jeden dokument JSON (strategie, instytucje, wskaźniki, wartości z historią, rundy, raporty, członkostwa, dziennik)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/json")
            .ProducesAccessProblems();
        admin.MapPost("/tenants/{id}/offboard", async (Guid id, OffboardRequest request, ISender s, CancellationToken ct) =>
            {
                var export = await s.Send(new OffboardTenantCommand(id, request.ConfirmIdentifier ?? ""), ct);
                return Results.File(export.Content, "application/json", export.FileName);
            })
            .WithName("OffboardTenant")
            .WithSummary("Usunięcie gminy z platformy: eksport wszystkich danych (odpowiedź), potem usunięcie ich w jednej transakcji")
            .WithDescription("Tylko zawieszona gmina; confirmIdentifier musi być jej identyfikatorem. Konta osób zostają (mogą należeć do innych gmin); członkostwa, klienci API i ich tokeny znikają.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/json")
            .ProducesValidationProblem().ProducesAccessProblems();
        admin.MapGet("/signups", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListSignUpRequestsQuery(), ct)))
            .WithName("ListSignUpRequests").ProducesAccessProblems();
        admin.MapPost("/signups/{id}/decision", async (Guid id, SignUpDecision decision, ISender s, CancellationToken ct) =>
            {
                await s.Send(new DecideSignUpCommand(id, decision.Approve, decision.RejectionReason), ct);
                return TypedResults.NoContent();
            })
            .WithName("DecideSignUp").WithSummary("Przyjmij albo odrzuć (z powodem) zgłoszenie gminy").ProducesAccessProblems().ProducesValidationProblem();
        admin.MapGet("/audit", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListPlatformAuditEventsQuery(), ct)))
            .WithName("ListPlatformAuditEvents").ProducesAccessProblems();
    }

    public sealed record SupportSessionRequest(string Reason);

    public sealed record OffboardRequest(string? ConfirmIdentifier);

    public sealed record SignUpDecision(bool Approve, string? RejectionReason);

    /// <summary>The sign-up's id, to quote when asking about it.</summary>
    public sealed record SignUpSubmitted(Guid Id);
}
