using System.Net;
using Microsoft.EntityFrameworkCore;
using Strategy.IntegrationTests.Hosting;

namespace Strategy.IntegrationTests.Security;

/// <summary>
/// Every environment but Development runs with every guard: data-protection keys encrypted at rest, secure
/// cookies, persistent token keys, no demo accounts. "Staging" stands for them all.
/// </summary>
public sealed class EnvironmentGuardTests
{
    [Fact]
    public async Task Staging_without_a_data_protection_certificate_refuses_to_start_naming_the_setting()
    {
        await using var app = Staging(new() { ["DataProtection:CertificatePath"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.Message);
        Assert.Contains("Staging", error.Message);
    }

    [Fact]
    public async Task Staging_refuses_insecure_cookies_and_ephemeral_token_keys()
    {
        await using var cookies = Staging(new() { ["Security:SecureCookies"] = "false" });
        await using var tokens = Staging(new() { ["OpenIddict:SigningCertificatePath"] = "" });

        Assert.Contains("Security:SecureCookies", Assert.ThrowsAny<Exception>(() => cookies.CreateClient()).Message);
        Assert.Contains("OpenIddict:SigningCertificatePath", Assert.ThrowsAny<Exception>(() => tokens.CreateClient()).Message);
    }

    [Fact]
    public async Task In_staging_the_keys_stored_in_the_database_are_encrypted_with_the_certificate()
    {
        await using var app = Staging([]);
        using var client = SignIn.NewClient(app);

        // The sign-in form's antiforgery token makes the first key.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/logowanie")).StatusCode);

        var keys = await app.InTenantAsync(null, db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        var key = Assert.Single(keys);
        Assert.Contains("<encryptedSecret", key);
        Assert.DoesNotContain("<masterKey", key.Replace("<masterKey p4:requiresEncryption", "", StringComparison.Ordinal));
        // XML encryption names the certificate that can decrypt the key: ours.
        Assert.Contains(DeployedAppFactory.CertificateBase64, key);
    }

    [Fact]
    public async Task A_database_holding_the_demo_accounts_stops_a_staging_start()
    {
        await using var development = new StrategyAppFactory();
        development.CreateClient().Dispose(); // migrated and seeded with the demo accounts, as `dotnet run` does
        await using var staging = Staging(new() { ["ConnectionStrings:Sqlite"] = $"Data Source={development.DatabasePath}" });

        var error = Assert.ThrowsAny<Exception>(() => staging.CreateClient());

        Assert.Contains("demo accounts", error.Message);
        Assert.Contains("admin@", error.Message);
    }

    /// <summary>Staging as deployed, nothing seeded.</summary>
    private static DeployedAppFactory Staging(Dictionary<string, string?> overrides)
    {
        overrides.TryAdd("Database:SeedDemoTenants", "false");
        return new("Staging", overrides);
    }
}
