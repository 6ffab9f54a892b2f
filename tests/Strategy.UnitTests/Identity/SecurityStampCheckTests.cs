using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strategy.Web.Identity;

namespace Strategy.UnitTests.Identity;

public sealed class SecurityStampCheckTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingValidator _validator = new();

    [Fact]
    public async Task A_cookie_issued_within_the_interval_is_not_checked_and_the_validator_is_not_built()
    {
        var services = Services(out var built);

        await SecurityStampCheck.ValidateWhenDueAsync(Context(services, _clock.GetUtcNow() - TimeSpan.FromMinutes(29)));

        Assert.Equal(0, built());
        Assert.Equal(0, _validator.Checks);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(null)]
    public async Task A_cookie_issued_longer_ago_than_the_interval_or_at_no_known_time_is_checked(int? minutesAgo)
    {
        var services = Services(out var built);

        await SecurityStampCheck.ValidateWhenDueAsync(Context(services, minutesAgo is { } m ? _clock.GetUtcNow() - TimeSpan.FromMinutes(m) : null));

        Assert.Equal(1, built());
        Assert.Equal(1, _validator.Checks);
    }

    private ServiceProvider Services(out Func<int> built)
    {
        var count = 0;
        built = () => count;
        return new ServiceCollection()
            .Configure<SecurityStampValidatorOptions>(o =>
            {
                o.ValidationInterval = TimeSpan.FromMinutes(30);
                o.TimeProvider = _clock;
            })
            .AddScoped<ISecurityStampValidator>(_ =>
            {
                count++;
                return _validator;
            })
            .BuildServiceProvider();
    }

    private static CookieValidatePrincipalContext Context(IServiceProvider services, DateTimeOffset? issuedUtc)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity("test")), new AuthenticationProperties { IssuedUtc = issuedUtc }, scheme.Name);
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), ticket);
    }

    private sealed class CountingValidator : ISecurityStampValidator
    {
        public int Checks { get; private set; }

        public Task ValidateAsync(CookieValidatePrincipalContext context)
        {
            Checks++;
            return Task.CompletedTask;
        }
    }
}
