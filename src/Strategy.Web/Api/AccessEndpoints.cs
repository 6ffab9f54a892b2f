using Mediator;
using Strategy.Application.Institutions.Commands.LinkInstitution;
using Strategy.Application.Institutions.Commands.MergeInstitutions;
using Strategy.Application.Institutions.Commands.RenameInstitution;
using Strategy.Application.Institutions.Commands.UnlinkInstitution;
using Strategy.Domain.Strategies;
using Strategy.Application.Access.Commands.InviteMember;
using Strategy.Application.Access.Commands.RemoveMembership;
using Strategy.Application.Access.Commands.WithdrawInvitation;
using Strategy.Application.Access.Queries.ListMembers;
using Strategy.Application.ApiClients.Commands.CreateApiClient;
using Strategy.Application.ApiClients.Commands.RevokeApiClient;
using Strategy.Application.ApiClients.Queries.ListApiClients;
using Strategy.Application.Audit.Queries.ListAuditEvents;
using Strategy.Application.Institutions.Queries.GetInstitutionRegistry;
using Strategy.Application.Institutions.Queries.ListInstitutions;
using Strategy.Application.Tenants.Commands.ChangeTenantSettings;
using Strategy.Application.Tenants.Queries.GetTenantSettings;

namespace Strategy.Web.Api;

/// <summary>A gmina's people, API clients, security log, settings and institutions.</summary>
public static class AccessEndpoints
{
    public static void MapAccessEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/members", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListMembersQuery(), ct)))
            .WithName("ListMembers").WithTags("Użytkownicy").WithSummary("Osoby gminy, ich role i otwarte zaproszenia").ProducesAccessProblems();
        tenant.MapPost("/invitations", async (InviteMemberCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(command, ct)))
            .WithName("InviteMember").WithTags("Użytkownicy").WithSummary("Zaproś osobę do gminy w roli").ProducesAccessProblems().ProducesValidationProblem();
        tenant.MapDelete("/invitations/{id}", async (Guid id, ISender s, CancellationToken ct) =>
            {
                await s.Send(new WithdrawInvitationCommand(id, Resend: false), ct);
                return TypedResults.NoContent();
            })
            .WithName("CancelInvitation").WithTags("Użytkownicy").WithSummary("Anuluj oczekujące zaproszenie: link przestaje działać").ProducesAccessProblems();
        tenant.MapPost("/invitations/{id}/resend", async (Guid id, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new WithdrawInvitationCommand(id, Resend: true), ct)))
            .WithName("ResendInvitation").WithTags("Użytkownicy")
            .WithSummary("Wyślij zaproszenie ponownie: nowy link i termin, stary przestaje działać")
            .ProducesAccessProblems();
        tenant.MapDelete("/members/{membershipId}", async (Guid membershipId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new RemoveMembershipCommand(membershipId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveMembership").WithTags("Użytkownicy").WithSummary("Odbierz rolę").ProducesAccessProblems();

        tenant.MapGet("/api-clients", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListApiClientsQuery(), ct)))
            .WithName("ListApiClients").WithTags("Klienci API").ProducesAccessProblems();
        tenant.MapPost("/api-clients", async (CreateApiClientCommand command, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(command, ct)))
            .WithName("CreateApiClient").WithTags("Klienci API").WithSummary("Utwórz klienta API; sekret jest zwracany tylko raz")
            .ProducesAccessProblems().ProducesValidationProblem();
        tenant.MapDelete("/api-clients/{id}", async (Guid id, ISender s, CancellationToken ct) =>
            {
                await s.Send(new RevokeApiClientCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeApiClient").WithTags("Klienci API").WithSummary("Unieważnij klienta API i jego tokeny").ProducesAccessProblems();

        tenant.MapGet("/audit", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListAuditEventsQuery(), ct)))
            .WithName("ListAuditEvents").WithTags("Dziennik").WithSummary("Dziennik zdarzeń bezpieczeństwa gminy").ProducesAccessProblems();

        tenant.MapGet("/settings", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetTenantSettingsQuery(), ct)))
            .WithName("GetTenantSettings").WithTags("Ustawienia").ProducesAccessProblems();
        tenant.MapPut("/settings/public-pages", async (PublicPagesRequest body, ISender s, CancellationToken ct) =>
            {
                await s.Send(new ChangeTenantSettingsCommand(body.Enabled, null), ct);
                return TypedResults.NoContent();
            })
            .WithName("SetPublicPages").WithTags("Ustawienia").WithSummary("Włącz lub wyłącz strony publiczne gminy").ProducesAccessProblems();
        tenant.MapPut("/settings/benchmark-sharing", async (BenchmarkSharingRequest body, ISender s, CancellationToken ct) =>
            {
                await s.Send(new ChangeTenantSettingsCommand(null, body.Shares), ct);
                return TypedResults.NoContent();
            })
            .WithName("SetBenchmarkSharing").WithTags("Ustawienia")
            .WithSummary("Zgoda gminy na udostępnianie zatwierdzonych wartości do porównań z innymi gminami")
            .WithDescription("shares: true — zatwierdzone wartości wskaźników przypisanych do mierników katalogu (GET /api/v1/benchmark-metrics) liczą się w porównaniach innych gmin, bez nazwy gminy; false — nie liczą się. Wartości niezatwierdzone nigdy nie są udostępniane.")
            .ProducesAccessProblems();

        tenant.MapGet("/institutions", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListInstitutionsQuery(), ct)))
            .WithName("ListInstitutions").WithTags("Instytucje").WithSummary("Instytucje gminy (tylko członkowie gminy)").ProducesAccessProblems();
        tenant.MapGet("/institutions/registry", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetInstitutionRegistryQuery(), ct)))
            .WithName("GetInstitutionRegistry").WithTags("Instytucje").WithSummary("Instytucje i liczba elementów, w których występują").ProducesAccessProblems();
        tenant.MapPost("/institutions/{id}/merge", async (Guid id, MergeInstitutionRequest body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new MergeInstitutionsCommand(id, body.IntoId), ct)))
            .WithName("MergeInstitutions").WithTags("Instytucje")
            .WithSummary("Scalenie duplikatu z instytucją, która zostaje")
            .WithDescription("Powiązania z elementami, wskaźniki, które dostarcza, konta partnerów i zaproszenia przechodzą na instytucję intoId; potem duplikat znika. Wszystko w jednym zapisie.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();
        tenant.MapPut("/institutions/{id}", async (Guid id, RenameInstitutionRequest body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new RenameInstitutionCommand(id, body.Name ?? ""), ct)))
            .WithName("RenameInstitution").WithTags("Instytucje")
            .WithSummary("Zmiana nazwy instytucji (powiązania, wskaźniki i konta partnerów zostają)")
            .WithDescription("Nazwa, którą ma już inna instytucja gminy (także zapisana innymi wielkimi literami, bez polskich znaków albo z innym myślnikiem), jest odrzucana z 400: to duplikat do scalenia (POST …/institutions/{id}/merge).")
            .ProducesValidationProblem().ProducesAccessProblems();
        tenant.MapPost("/elements/{id}/institutions", async (Guid id, InstitutionLinkRequest body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(new InstitutionLinkResponse(await s.Send(new LinkInstitutionCommand(id, body.InstitutionId, body.Role), ct))))
            .WithName("LinkInstitution").WithTags("Instytucje")
            .WithSummary("Instytucja w elemencie w roli (coordinator, partner, implementer); powtórzone nic nie zmienia")
            .ProducesValidationProblem().ProducesAccessProblems();
        tenant.MapDelete("/elements/{id}/institutions/{institutionId}", async (Guid id, Guid institutionId, string? role, ISender s, CancellationToken ct) =>
                TypedResults.Ok(new InstitutionLinkResponse(await s.Send(new UnlinkInstitutionCommand(id, institutionId, Role(role)), ct))))
            .WithName("UnlinkInstitution").WithTags("Instytucje")
            .WithSummary("Usunięcie instytucji z elementu w danej roli (?role=coordinator|partner|implementer; bez role — we wszystkich rolach); instytucja zostaje w rejestrze")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesAccessProblems();
    }

    // Query values are written as in JSON bodies (camelCase), so they are read regardless of case.
    private static InstitutionRole? Role(string? role) =>
        string.IsNullOrEmpty(role) ? null
        : Enum.TryParse<InstitutionRole>(role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("role", "Rola to coordinator, partner albo implementer.")]);

    /// <summary>401 (not signed in), 403 (no permission) and 404 (not this gmina's) as problem details.</summary>
    public static RouteHandlerBuilder ProducesAccessProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
}

public sealed record MergeInstitutionRequest(Guid IntoId);

public sealed record RenameInstitutionRequest(string? Name);

public sealed record InstitutionLinkRequest(Guid InstitutionId, Strategy.Domain.Strategies.InstitutionRole Role);

/// <summary>Whether the call changed anything (false: the link was already so).</summary>
public sealed record InstitutionLinkResponse(bool Changed);

/// <summary>The body of <c>PUT …/settings/public-pages</c>.</summary>
public sealed record PublicPagesRequest(bool Enabled);

/// <summary>The body of <c>PUT …/settings/benchmark-sharing</c>.</summary>
public sealed record BenchmarkSharingRequest(bool Shares);
