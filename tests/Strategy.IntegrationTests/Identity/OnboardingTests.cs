using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Tenancy;

namespace Strategy.IntegrationTests.Identity;

/// <summary>
/// Gminy join the platform: a platform admin onboards one from the TERC register, or a gmina signs
/// up and is approved; the first administrator is invited by e-mail; suspension closes a gmina.
/// </summary>
public sealed class OnboardingTests(AuthorizationMatrixTests.PrivateChrzanow app) : IClassFixture<AuthorizationMatrixTests.PrivateChrzanow>
{
    [Fact]
    public async Task The_onboarding_page_searches_the_register_for_a_platform_admin_only_with_or_without_a_search()
    {
        var admin = await app.ClientAsync("admin@strategia.demo");
        var gminaAdmin = await app.ClientAsync("admin@chrzanow.demo");

        var found = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/gminy/nowa?szukaj=chrzan%C3%B3w"));

        Assert.Contains("0605022", found); // the other Chrzanów, found in the TERC register
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/gminy/nowa")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gminaAdmin.GetAsync("/admin/gminy/nowa")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gminaAdmin.GetAsync("/admin/gminy/nowa?szukaj=chrzan%C3%B3w")).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_onboards_the_other_Chrzanow_and_its_first_admin_accepts_the_invitation()
    {
        var admin = await app.ClientAsync("admin@strategia.demo");

        // The register knows two Chrzanów; the one without a tenant gets its own identifier.
        var found = await admin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=chrzan%C3%B3w");
        var other = found.EnumerateArray().Single(m => m.GetProperty("terytCode").GetString() == "0605022");
        Assert.False(other.GetProperty("onPlatform").GetBoolean());
        Assert.Equal("chrzanow-gmina-wiejska", other.GetProperty("suggestedIdentifier").GetString());
        Assert.True(found.EnumerateArray().Single(m => m.GetProperty("terytCode").GetString() == "1203033").GetProperty("onPlatform").GetBoolean());

        var created = await admin.PostAsJsonAsync("/api/v1/admin/tenants", new { terytCode = "0605022", identifier = (string?)null, startingModel = "krasnystaw", firstAdminEmail = "wojt@chrzanow-wiejska.pl", publicPages = false });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var tenant = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("chrzanow-gmina-wiejska", tenant.GetProperty("identifier").GetString());
        Assert.Equal("Gmina Chrzanów", tenant.GetProperty("name").GetString());
        var state = await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "chrzanow-gmina-wiejska").Select(t => t.State).SingleAsync());
        Assert.Equal(TenantState.Active, state);

        // The invitation arrives by e-mail; accepting it creates the account and the admin role.
        var link = await Mail.LinkSentToAsync(app, "wojt@chrzanow-wiejska.pl", "/account/zaproszenie");
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query)["token"].ToString();
        using var anonymous = SignIn.NewClient(app);
        var accepted = await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, displayName = "Wójt Gminy", password = "Wojt-Haslo-2026!" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var wojt = await SignIn.AsAsync(app, "wojt@chrzanow-wiejska.pl", "Wojt-Haslo-2026!");
        Assert.Equal(HttpStatusCode.OK, (await wojt.GetAsync("/api/v1/chrzanow-gmina-wiejska/members")).StatusCode);
        Assert.Equal(8, (await wojt.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow-gmina-wiejska/strategies/{(await wojt.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow-gmina-wiejska/strategies"))[0].GetProperty("id").GetGuid()}")).GetProperty("elements").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await wojt.GetAsync("/api/v1/chrzanow/members")).StatusCode); // a role in one gmina gives nothing in another

        // The same link cannot be used twice, and says so.
        var again = await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, displayName = "Ktoś", password = "Inne-Haslo-2026!" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("już wykorzystane", await again.Content.ReadAsStringAsync());
        Assert.Contains("zostało już wykorzystane", await anonymous.GetStringAsync(link));

        var audit = await admin.GetStringAsync("/api/v1/admin/audit");
        Assert.Contains("tenant.created", audit);
        Assert.Contains("invitation.accepted", audit);
    }

    [Theory]
    [InlineData("1203033", "ma już swoje miejsce")] // Chrzanów is on the platform
    [InlineData("1203034", "nie jest kodem TERC gminy")] // 4: the town part of an urban-rural gmina
    [InlineData("9999991", "nie ma gminy")]
    public async Task Onboarding_refuses_a_gmina_that_cannot_be_one(string terc, string reason)
    {
        var admin = await app.ClientAsync("admin@strategia.demo");

        var response = await admin.PostAsJsonAsync("/api/v1/admin/tenants", new { terytCode = terc, startingModel = "empty", firstAdminEmail = "a@b.pl", publicPages = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_gmina_signs_up_and_is_approved_or_rejected_with_a_reason()
    {
        using var anonymous = SignIn.NewClient(app);
        var admin = await app.ClientAsync("admin@strategia.demo");

        var babice = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203022", contactName = "Anna Nowak", email = "anna@babice.pl", startingModel = "chrzanow" });
        Assert.Equal(HttpStatusCode.OK, babice.StatusCode);
        Assert.Contains("zostało potwierdzone", await (await SignUps.ConfirmAsync(app, "anna@babice.pl")).Content.ReadAsStringAsync());
        var duplicate = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203022", contactName = "Jan", email = "jan@babice.pl", startingModel = "empty" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("czeka już na rozpatrzenie", await duplicate.Content.ReadAsStringAsync());
        var notAGmina = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203035", contactName = "Jan", email = "jan@x.pl", startingModel = "empty" });
        Assert.Equal(HttpStatusCode.BadRequest, notAGmina.StatusCode);
        Assert.Contains("nie jest kodem TERC gminy", await notAGmina.Content.ReadAsStringAsync());
        var libiaz = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203043", contactName = "Ewa", email = "ewa@libiaz.pl", startingModel = "empty" });
        await SignUps.ConfirmAsync(app, "ewa@libiaz.pl");

        var babiceId = (await babice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var libiazId = (await libiaz.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var noReason = await admin.PostAsJsonAsync($"/api/v1/admin/signups/{libiazId}/decision", new { approve = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Podaj powód odrzucenia.", await noReason.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/signups/{babiceId}/decision", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/signups/{libiazId}/decision", new { approve = false, rejectionReason = "Brak uchwały rady gminy." })).StatusCode);

        Assert.Equal(TenantState.Active, await app.InTenantAsync(null, db => db.Tenants.Where(t => t.Identifier == "babice").Select(t => t.State).SingleAsync()));
        await Mail.LinkSentToAsync(app, "anna@babice.pl", "/account/zaproszenie");
        var rejection = await app.InTenantAsync(null, db => db.OutboxMessages.Where(m => m.To == "ewa@libiaz.pl" && m.Body.Contains("odrzucone")).Select(m => m.Body).SingleAsync());
        Assert.Contains("Brak uchwały rady gminy.", rejection);
        var decidedTwice = await admin.PostAsJsonAsync($"/api/v1/admin/signups/{babiceId}/decision", new { approve = true });
        Assert.Equal(HttpStatusCode.BadRequest, decidedTwice.StatusCode);
    }

    [Fact]
    public async Task A_suspended_gmina_shows_members_a_notice_answers_the_api_with_403_and_closes_its_public_pages()
    {
        var admin = await app.ClientAsync("admin@strategia.demo");
        var viewer = await app.ClientAsync("obserwator@krasnystaw.demo");
        using var anonymous = SignIn.NewClient(app);
        var krasnystaw = (await DemoData.ReadAsync(app, "krasnystaw")).TenantId;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/krasnystaw")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/tenants/{krasnystaw}/suspend", null)).StatusCode);
        try
        {
            var page = await viewer.GetAsync("/krasnystaw");
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Contains("Miasto Krasnystaw jest obecnie zawieszona", await page.Content.ReadAsStringAsync());
            var api = await viewer.GetAsync("/api/v1/krasnystaw/strategies");
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.Contains("Gmina zawieszona", await api.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync("/krasnystaw")).StatusCode);
            Assert.DoesNotContain("krasnystaw", await anonymous.GetStringAsync("/api/v1/tenants"));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/tenants/{krasnystaw}/reactivate", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/krasnystaw/strategies")).StatusCode);
        var audit = await admin.GetStringAsync("/api/v1/admin/audit");
        Assert.Contains("tenant.suspended", audit);
        Assert.Contains("tenant.reactivated", audit);
    }

    [Fact]
    public async Task A_tenant_admin_invites_a_partner_bound_to_an_institution_and_removes_a_role()
    {
        var admin = await app.ClientAsync("admin@chrzanow.demo");
        var institutions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/institutions");
        var pup = institutions.EnumerateArray().First(i => i.GetProperty("name").GetString() == "Powiatowy Urząd Pracy").GetProperty("id").GetGuid();

        var noInstitution = await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "pup@chrzanow.pl", role = "partner" });
        Assert.Equal(HttpStatusCode.BadRequest, noInstitution.StatusCode);
        Assert.Contains("Partner musi mieć wybraną instytucję.", await noInstitution.Content.ReadAsStringAsync());
        var badEmail = await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "to-nie-email", role = "viewer" });
        Assert.Contains("Adres e-mail jest nieprawidłowy.", await badEmail.Content.ReadAsStringAsync());
        var foreignInstitution = await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "x@chrzanow.pl", role = "partner", institutionId = Guid.CreateVersion7() });
        Assert.Equal(HttpStatusCode.NotFound, foreignInstitution.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "pup@chrzanow.pl", role = "partner", institutionId = pup })).StatusCode);
        var link = await Mail.LinkSentToAsync(app, "pup@chrzanow.pl", "/account/zaproszenie");
        var form = SignIn.NewClient(app);
        var accepted = await SignIn.PostFormAsync(form, link, new() { ["Input.DisplayName"] = "Doradca PUP", ["Input.Password"] = "Pup-Haslo-2026!" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/chrzanow", accepted.Headers.Location?.OriginalString);

        var members = await admin.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/members");
        var partner = members.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("email").GetString() == "pup@chrzanow.pl");
        Assert.Equal("partner", partner.GetProperty("role").GetString());
        Assert.Equal("Powiatowy Urząd Pracy", partner.GetProperty("institution").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/chrzanow/members/{partner.GetProperty("membershipId").GetGuid()}")).StatusCode);
        var pupClient = await SignIn.AsAsync(app, "pup@chrzanow.pl", "Pup-Haslo-2026!");
        Assert.Equal(HttpStatusCode.NotFound, (await pupClient.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        Assert.Contains("membership.removed", await admin.GetStringAsync("/api/v1/chrzanow/audit"));
    }
}
