using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace Strategy.IntegrationTests.Hosting;

/// <summary>
/// The host as deployed to an environment other than Development: one test certificate (password "test")
/// for the tokens and the data-protection keys, no demo accounts, and the settings a test gives on top.
/// </summary>
public sealed class DeployedAppFactory(string environment, Dictionary<string, string?>? overrides = null) : StrategyAppFactory
{
    private static readonly Lazy<(string Path, string Base64)> Certificate = new(CreateCertificate);

    public static string CertificatePath => Certificate.Value.Path;

    /// <summary>The certificate as XML encryption names it in a protected key.</summary>
    public static string CertificateBase64 => Certificate.Value.Base64;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:SeedDemoAccounts"] = "false",
                ["OpenIddict:SigningCertificatePath"] = CertificatePath,
                ["OpenIddict:SigningCertificatePassword"] = "test",
                ["OpenIddict:EncryptionCertificatePath"] = CertificatePath,
                ["OpenIddict:EncryptionCertificatePassword"] = "test",
                ["DataProtection:CertificatePath"] = CertificatePath,
                ["DataProtection:CertificatePassword"] = "test",
            };
            foreach (var (key, value) in overrides ?? [])
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }

    private static (string, string) CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=strategy-tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"strategy-tests-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test"));
        return (path, Convert.ToBase64String(certificate.RawData));
    }
}
