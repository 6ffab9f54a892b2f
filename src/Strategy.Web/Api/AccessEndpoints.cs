using Mediator;
using Strategy.Application.Access.Commands.InviteMember;
using Strategy.Application.Access.Commands.RemoveMembership;
using Strategy.Application.Access.Queries.ListMembers;
using Strategy.Application.ApiClients.Commands.CreateApiClient;
using Strategy.Application.ApiClients.Commands.RevokeApiClient;
using Strategy.Application.ApiClients.Queries.ListApiClients;
using Strategy.Application.Audit.Queries.ListAuditEvents;
using Strategy.Application.Institutions.Queries.GetInstitutionRegistry;
using Strategy.Application.Institutions.Queries.ListInstitutions;
using Strategy.Application.Tenants.Commands.SetPublicPages;
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
        tenant.MapPut("/settings/public-pages", async (SetPublicPagesCommand command, ISender s, CancellationToken ct) =>
            {
                await s.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetPublicPages").WithTags("Ustawienia").WithSummary("Włącz lub wyłącz strony publiczne gminy").ProducesAccessProblems();

        tenant.MapGet("/institutions", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListInstitutionsQuery(), ct)))
            .WithName("ListInstitutions").WithTags("Instytucje").ProducesAccessProblems();
        tenant.MapGet("/institutions/registry", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetInstitutionRegistryQuery(), ct)))
            .WithName("GetInstitutionRegistry").WithTags("Instytucje").WithSummary("Instytucje i liczba elementów, w których występują").ProducesAccessProblems();
    }

    /// <summary>401 (not signed in), 403 (no permission) and 404 (not this gmina's) as problem details.</summary>
    public static RouteHandlerBuilder ProducesAccessProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
}
