using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Strategy.IntegrationTests.Identity;

/// <summary>An invitation opened after it expired: a clear page, and nothing is created.</summary>
public sealed class ExpiredInvitationTests : IAsyncLifetime
{
    private readonly ClockedFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_expired_invitation_says_so_and_creates_no_account_or_role()
    {
        var admin = await SignIn.AsAsync(_app, "admin@chrzanow.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/chrzanow/invitations", new { email = "spozniony@chrzanow.pl", role = "viewer" })).StatusCode);
        var link = await Mail.LinkSentToAsync(_app, "spozniony@chrzanow.pl", "/account/zaproszenie");

        _app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        using var person = SignIn.NewClient(_app);
        Assert.Contains("To zaproszenie wygasło. Poproś administratora gminy o nowe.", await person.GetStringAsync(link));
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query)["token"].ToString();
        var accept = await person.PostAsJsonAsync("/api/v1/invitations/accept", new { token, displayName = "Spóźniony", password = "Spozniony-2026!" });

        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
        Assert.Contains("wygasło", await accept.Content.ReadAsStringAsync());
        Assert.False(await _app.InTenantAsync(null, db => db.Users.AnyAsync(u => u.Email == "spozniony@chrzanow.pl")));
        Assert.Equal(0, await _app.InTenantAsync("chrzanow", db => db.Memberships.CountAsync(m => m.Role == Strategy.Domain.Access.TenantRole.Viewer && db.Users.Any(u => u.Id == m.UserId && u.Email == "spozniony@chrzanow.pl"))));
    }

    [Fact]
    public async Task An_unknown_invitation_link_says_so()
    {
        using var person = SignIn.NewClient(_app);

        Assert.Contains("Ten link zaproszenia jest nieprawidłowy albo zaproszenie anulowano", await person.GetStringAsync("/account/zaproszenie?token=nie-ma-takiego"));
    }

    private sealed class ClockedFactory : StrategyAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
