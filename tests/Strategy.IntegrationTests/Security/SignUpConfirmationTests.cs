using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Tenancy;

namespace Strategy.IntegrationTests.Security;

/// <summary>A sign-up holds its gmina's TERC code only once its e-mail address is confirmed by the link sent to it.</summary>
public sealed class SignUpConfirmationTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task An_unconfirmed_sign_up_holds_nothing_is_not_listed_and_cannot_be_decided()
    {
        using var anonymous = SignIn.NewClient(app);
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");

        var squatter = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203013", contactName = "Ktoś", email = "ktos@example.invalid", startingModel = "empty" });
        var real = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203013", contactName = "Sekretarz", email = "sekretarz@alwernia.pl", startingModel = "empty" });
        var squatterId = (await squatter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, squatter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.DoesNotContain("ktos@example.invalid", await admin.GetStringAsync("/api/v1/admin/signups"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/admin/signups/{squatterId}/decision", new { approve = true })).StatusCode);

        Assert.Contains("zostało potwierdzone", await (await SignUps.ConfirmAsync(app, "sekretarz@alwernia.pl")).Content.ReadAsStringAsync());

        Assert.Contains("sekretarz@alwernia.pl", await admin.GetStringAsync("/api/v1/admin/signups"));
        var late = await SignUps.ConfirmAsync(app, "ktos@example.invalid");
        Assert.Contains("czeka już na rozpatrzenie", await late.Content.ReadAsStringAsync());
        Assert.Equal(SignUpState.Unconfirmed, await app.InTenantAsync(null, db => db.SignUpRequests.Where(r => r.Id == squatterId).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task Opening_the_link_changes_nothing_until_the_button_is_pressed()
    {
        using var anonymous = SignIn.NewClient(app);
        var submitted = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1432072", contactName = "Wójt", email = "wojt@babice-test.pl", startingModel = "empty" });
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var link = await Mail.LinkSentToAsync(app, "wojt@babice-test.pl", "/rejestracja/potwierdzenie");

        var page = await anonymous.GetStringAsync(link);

        Assert.Contains("Potwierdzam zgłoszenie", page);
        Assert.Equal(SignUpState.Unconfirmed, await app.InTenantAsync(null, db => db.SignUpRequests.Where(r => r.Id == id).Select(r => r.State).SingleAsync()));
    }
}
