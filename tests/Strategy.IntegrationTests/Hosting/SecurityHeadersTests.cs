using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Hosting;

/// <summary>Every response carries the security headers; keys for cookies are shared through the database.</summary>
[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(StrategyAppFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/chrzanow")]
    [InlineData("/account/logowanie")]
    [InlineData("/nie-ma-takiej-gminy")]
    [InlineData("/api/v1/tenants")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = SignIn.NewClient(app);

        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task No_page_has_inline_script()
    {
        using var client = SignIn.NewClient(app);

        foreach (var path in new[] { "/", "/chrzanow", "/account/logowanie", "/rejestracja" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_for_every_replica()
    {
        using var client = SignIn.NewClient(app);
        await client.GetStringAsync("/account/logowanie"); // issues an antiforgery token, which needs a key

        Assert.True(await app.InTenantAsync(null, db => db.DataProtectionKeys.AnyAsync()));
    }
}

/// <summary>In Production: HSTS, no demo accounts whatever the configuration says, and token certificates that open.</summary>
public sealed class ProductionHostTests
{
    [Fact]
    public async Task Production_sends_HSTS_on_https()
    {
        await using var app = Production();
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://strategie.example.pl") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Seeding_demo_accounts_is_refused_outside_development()
    {
        await using var app = Production(new() { ["Database:SeedDemoAccounts"] = "true" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Database:SeedDemoAccounts is refused in the 'Production' environment", error.Message);
    }

    [Fact]
    public async Task Plain_http_cookies_are_refused_in_production()
    {
        await using var app = Production(new() { ["Security:SecureCookies"] = "false" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Security:SecureCookies=false is refused in the 'Production' environment", error.Message);
    }

    [Fact]
    public async Task A_missing_token_certificate_stops_the_start_naming_the_setting()
    {
        await using var app = Production(new() { ["OpenIddict:SigningCertificatePath"] = "/nonexistent/signing.pfx" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("OpenIddict:SigningCertificatePath", error.Message);
        Assert.Contains("/nonexistent/signing.pfx", error.Message);
    }

    [Fact]
    public async Task A_token_certificate_that_does_not_open_stops_the_start_naming_the_setting()
    {
        await using var app = Production(new() { ["OpenIddict:EncryptionCertificatePassword"] = "wrong" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("OpenIddict:EncryptionCertificatePath", error.Message);
        Assert.Contains("OpenIddict:EncryptionCertificatePassword", error.Message);
    }

    private static DeployedAppFactory Production(Dictionary<string, string?>? overrides = null) => new("Production", overrides);
}
