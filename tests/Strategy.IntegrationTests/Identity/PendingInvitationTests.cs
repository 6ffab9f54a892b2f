using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Identity;

/// <summary>A gmina's admin resends or cancels a pending invitation, and asks before taking a role away.</summary>
public sealed class PendingInvitationTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_resent_invitation_has_a_new_link_and_the_old_one_stops_working_a_cancelled_one_is_gone()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var invited = await (await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "nowa@chrzanow.pl", role = "viewer" })).Content.ReadFromJsonAsync<JsonElement>();
        var first = await Mail.LinkSentToAsync(app, "nowa@chrzanow.pl", "/account/zaproszenie");

        var resent = await admin.PostAsync($"/api/v1/chrzanow/invitations/{invited.GetProperty("invitationId").GetGuid()}/resend", null);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var again = (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationId").GetGuid();
        using var anonymous = SignIn.NewClient(app);
        Assert.Contains("zaproszenie anulowano", await anonymous.GetStringAsync(first), StringComparison.Ordinal);
        Assert.Equal(1, await app.InTenantAsync(null, db => db.Invitations.CountAsync(i => i.Email == "nowa@chrzanow.pl")));

        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.AsAsync(app, "admin@krasnystaw.demo")).DeleteAsync($"/api/v1/krasnystaw/invitations/{again}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignIn.AsAsync(app, "koordynator@chrzanow.demo")).DeleteAsync($"/api/v1/chrzanow/invitations/{again}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/chrzanow/invitations/{again}")).StatusCode);
        Assert.Equal(0, await app.InTenantAsync(null, db => db.Invitations.CountAsync(i => i.Email == "nowa@chrzanow.pl")));
        Assert.Contains("zaproszenie anulowane", await admin.GetStringAsync("/chrzanow/admin/dziennik"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_role_away_asks_first_naming_the_person_and_the_role()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var viewer = await app.InTenantAsync("chrzanow", db => db.Memberships.Where(m => m.Role == Strategy.Domain.Access.TenantRole.Viewer).Select(m => m.Id).FirstAsync());

        var asked = await SignIn.PostFormAsync(admin, $"/chrzanow/admin/uzytkownicy?handler=Remove&membershipId={viewer}", [], pageForToken: "/chrzanow/admin/uzytkownicy");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Czy odebrać rolę?", await asked.Content.ReadAsStringAsync());
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Memberships.AnyAsync(m => m.Id == viewer)));

        var removed = await SignIn.PostFormAsync(admin, $"/chrzanow/admin/uzytkownicy?handler=Remove&membershipId={viewer}", new() { ["potwierdzone"] = "true" }, pageForToken: "/chrzanow/admin/uzytkownicy");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Memberships.AnyAsync(m => m.Id == viewer)));
        Assert.Matches(@"\([^()\s]+@[^()\s]+\), rola: obserwator", await admin.GetStringAsync("/chrzanow/admin/dziennik")); // the person by name and e-mail, not an id
    }
}
