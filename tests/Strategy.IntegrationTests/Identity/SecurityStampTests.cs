using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strategy.Infrastructure.Identity;
using Strategy.Web.Identity;

namespace Strategy.IntegrationTests.Identity;

/// <summary>A cookie is still checked against the person's security stamp once its interval has passed.</summary>
public sealed class SecurityStampTests : IAsyncLifetime
{
    private readonly CheckedOnEveryRequest _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_cookie_issued_before_the_persons_security_stamp_changed_is_refused_when_its_check_is_due()
    {
        var coordinator = await SignIn.AsAsync(_app, "koordynator@chrzanow.demo");
        var before = await coordinator.GetAsync("/chrzanow/porownania");

        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync("koordynator@chrzanow.demo");
            await users.UpdateSecurityStampAsync(user!);
        }

        var after = await coordinator.GetAsync("/chrzanow/porownania");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/logowanie", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void The_application_cookie_builds_the_validator_only_when_a_check_is_due()
    {
        var cookie = _app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(SecurityStampCheck.ValidateWhenDueAsync, cookie.Events.OnValidatePrincipal);
    }

    /// <summary>The interval at zero: every request is due for a check.</summary>
    private sealed class CheckedOnEveryRequest : StrategyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }
}
