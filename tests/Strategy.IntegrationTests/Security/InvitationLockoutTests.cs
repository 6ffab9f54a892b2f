using System.Net;
using System.Net.Http.Json;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Security;

/// <summary>Accepting an invitation with an existing account counts wrong passwords as the sign-in form does.</summary>
public sealed class InvitationLockoutTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_too()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "obserwator@krasnystaw.demo", role = "viewer" })).StatusCode);
        var link = await Mail.LinkSentToAsync(app, "obserwator@krasnystaw.demo", "/account/zaproszenie");
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query)["token"].ToString();
        using var guesser = SignIn.NewClient(app);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await guesser.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = $"zgadywane-{i}" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var right = await guesser.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = DemoTenants.Password });

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("czasowo zablokowane", await right.Content.ReadAsStringAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignIn.AsAsync(app, "obserwator@krasnystaw.demo"));
    }
}
