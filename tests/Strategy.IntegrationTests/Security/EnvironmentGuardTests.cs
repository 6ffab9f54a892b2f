using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

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
        await using var app = new StagingFactory(new() { ["DataProtection:CertificatePath"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.Message);
        Assert.Contains("Staging", error.Message);
    }

    [Fact]
    public async Task Staging_refuses_insecure_cookies_and_ephemeral_token_keys()
    {
        await using var cookies = new StagingFactory(new() { ["Security:SecureCookies"] = "false" });
        await using var tokens = new StagingFactory(new() { ["OpenIddict:SigningCertificatePath"] = "" });

        Assert.Contains("Security:SecureCookies", Assert.ThrowsAny<Exception>(() => cookies.CreateClient()).Message);
        Assert.Contains("OpenIddict:SigningCertificatePath", Assert.ThrowsAny<Exception>(() => tokens.CreateClient()).Message);
    }

    [Fact]
    public async Task In_staging_the_keys_stored_in_the_database_are_encrypted_with_the_certificate()
    {
        await using var app = new StagingFactory([]);
        using var client = SignIn.NewClient(app);

        // The sign-in form's antiforgery token makes the first key.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/logowanie")).StatusCode);

        var keys = await app.InTenantAsync(null, db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        var key = Assert.Single(keys);
        Assert.Contains("<encryptedSecret", key);
        Assert.DoesNotContain("<masterKey", key.Replace("<masterKey p4:requiresEncryption", "", StringComparison.Ordinal));
        // XML encryption names the certificate that can decrypt the key: ours.
        Assert.Contains(app.CertificateBase64, key);
    }

    [Fact]
    public async Task A_database_holding_the_demo_accounts_stops_a_staging_start()
    {
        await using var development = new StrategyAppFactory();
        development.CreateClient().Dispose(); // migrated and seeded with the demo accounts, as `dotnet run` does
        await using var staging = new StagingFactory(new() { ["ConnectionStrings:Sqlite"] = $"Data Source={development.DatabasePath}" });

        var error = Assert.ThrowsAny<Exception>(() => staging.CreateClient());

        Assert.Contains("demo accounts", error.Message);
        Assert.Contains("admin@", error.Message);
    }

    /// <summary>The host as deployed to a non-Development environment: certificates for tokens and keys, nothing seeded.</summary>
    private sealed class StagingFactory(Dictionary<string, string?> overrides) : StrategyAppFactory
    {
        private static readonly Lazy<(string Path, string Base64)> Certificate = new(CreateCertificate);

        public string CertificateBase64 => Certificate.Value.Base64;

        protected override IReadOnlyDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>
                {
                    ["Database:SeedDemoTenants"] = "false",
                    ["Database:SeedDemoAccounts"] = "false",
                    ["DataProtection:CertificatePath"] = Certificate.Value.Path,
                    ["OpenIddict:SigningCertificatePath"] = Certificate.Value.Path,
                    ["OpenIddict:EncryptionCertificatePath"] = Certificate.Value.Path,
                };
                foreach (var (key, value) in overrides)
                {
                    settings[key] = value;
                }

                return settings;
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
        }

        private static (string, string) CreateCertificate()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Strategy.Saas tests", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(Path.GetTempPath(), $"strategy-tests-{Guid.NewGuid():N}.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
            return (path, Convert.ToBase64String(certificate.RawData));
        }
    }
}
