using System.Text.RegularExpressions;

namespace Strategy.DeploymentTests;

/// <summary>The container app's environment variables are the host's own configuration keys, and the certificate wiring joins up.</summary>
public sealed partial class AppSettingsTests
{
    private static readonly string Web = Repository.Read("infra/modules/web.bicep");

    /// <summary>Every <c>name: 'Section__Key'</c> in web.bicep.</summary>
    private static List<string> ConfigurationKeys() =>
        SettingName().Matches(Web).Select(m => m.Groups[1].Value).Where(n => n.Contains("__", StringComparison.Ordinal)).Distinct().ToList();

    [Fact]
    public void The_production_settings_the_host_requires_are_given()
    {
        var keys = ConfigurationKeys();

        Assert.All(
            ["Database__Provider", "ConnectionStrings__SqlServer", "OpenIddict__SigningCertificatePath", "OpenIddict__EncryptionCertificatePath", "DataProtection__CertificatePath", "Email__SmtpHost", "Email__From", "App__PublicBaseUrl"],
            key => Assert.Contains(key, keys));
        Assert.Contains("{ name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }", Web, StringComparison.Ordinal);
        Assert.Contains("{ name: 'Database__Provider', value: 'SqlServer' }", Web, StringComparison.Ordinal);
        Assert.Contains("{ name: 'ConnectionStrings__SqlServer', secretRef: 'sql-connection-string' }", Web, StringComparison.Ordinal);
        Assert.Contains("{ name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }", Web, StringComparison.Ordinal);
        Assert.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING'", Web, StringComparison.Ordinal);
        Assert.Contains("'OTEL_EXPORTER_OTLP_ENDPOINT'", Web, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_configuration_key_set_on_the_container_app_is_read_by_the_host()
    {
        var sources = Directory.GetFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        foreach (var key in ConfigurationKeys())
        {
            var parts = key.Split("__");
            var colonForm = string.Join(':', parts);
            // Named in the code as "Section:Key" (e.g. in the fail-fast messages), or a property of the options class bound to the section.
            var named = sources.Any(s => s.Contains($"\"{colonForm}\"", StringComparison.Ordinal) || s.Contains($" {colonForm} ", StringComparison.Ordinal) || s.Contains($" {colonForm}=", StringComparison.Ordinal));
            var bound = parts.Length == 2 && sources.Any(s =>
                s.Contains($"Section = \"{parts[0]}\"", StringComparison.Ordinal)
                && Regex.IsMatch(s, $@"public\s+[\w?<>]+\s+{Regex.Escape(parts[1])}\s*\{{\s*get;"));
            var connectionString = parts is ["ConnectionStrings", var name] && sources.Any(s => s.Contains($"GetConnectionString(\"{name}\")", StringComparison.Ordinal));
            Assert.True(named || bound || connectionString, $"web.bicep sets {key}, which the host does not read ({colonForm}).");
        }
    }

    [Fact]
    public void The_certificate_files_the_host_loads_are_the_ones_the_entrypoint_decodes()
    {
        var mount = Variable("certificatesMount");
        var directory = Variable("certificatesDirectory");

        Assert.Contains("{ name: 'CERTIFICATES_BASE64_DIR', value: certificatesMount }", Web, StringComparison.Ordinal);
        Assert.Contains("{ name: 'CERTIFICATES_DIR', value: certificatesDirectory }", Web, StringComparison.Ordinal);
        Assert.Contains("{ volumeName: 'certificates', mountPath: certificatesMount }", Web, StringComparison.Ordinal);
        Assert.StartsWith("/tmp/", directory, StringComparison.Ordinal); // writable by the non-root user, gone with the replica

        foreach (var (setting, secret, file) in new[] { ("OpenIddict__SigningCertificatePath", "openiddict-signing", "signing"), ("OpenIddict__EncryptionCertificatePath", "openiddict-encryption", "encryption"), ("DataProtection__CertificatePath", "dataprotection-keys", "dataprotection") })
        {
            Assert.Contains($"{{ name: '{setting}', value: '${{certificatesDirectory}}/{file}.pfx' }}", Web, StringComparison.Ordinal);
            Assert.Matches($@"\{{ secretRef: '{secret}', path: '{file}\.pfx\.base64' \}}", Web);
            Assert.Contains($"{{ name: '{secret}', keyVaultUrl: ", Web, StringComparison.Ordinal);
        }

        // The image's defaults agree with the app's settings.
        var dockerfile = Repository.Read("Dockerfile");
        Assert.Contains($"CERTIFICATES_BASE64_DIR={mount}", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"CERTIFICATES_DIR={directory}", dockerfile, StringComparison.Ordinal);
        var entrypoint = Repository.Read("infra/container/entrypoint.sh");
        Assert.Contains("\"$source_dir\"/*.pfx.base64", entrypoint, StringComparison.Ordinal);
        Assert.Contains("base64 -d", entrypoint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_certificates_Key_Vault_creates_suit_what_OpenIddict_checks()
    {
        // OpenIddict refuses a signing certificate without digitalSignature and an encryption one without keyEncipherment.
        var signing = Repository.Read("infra/certificates/openiddict-signing.json");
        var encryption = Repository.Read("infra/certificates/openiddict-encryption.json");
        var dataProtection = Repository.Read("infra/certificates/dataprotection-keys.json");

        Assert.Contains("\"digitalSignature\"", signing, StringComparison.Ordinal);
        Assert.Contains("\"keyEncipherment\"", encryption, StringComparison.Ordinal);
        // Data protection wraps its keys with the certificate's RSA key (XML encryption).
        Assert.Contains("\"keyEncipherment\"", dataProtection, StringComparison.Ordinal);
        Assert.All([signing, encryption, dataProtection], policy =>
        {
            Assert.Contains("\"exportable\": true", policy, StringComparison.Ordinal);
            Assert.Contains("\"contentType\": \"application/x-pkcs12\"", policy, StringComparison.Ordinal);
        });
    }

    private static string Variable(string name) =>
        Regex.Match(Web, $@"^var {name} = '([^']+)'", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"web.bicep has no variable {name}.");

    [GeneratedRegex(@"\{ name: '([A-Za-z_]+)', (?:value|secretRef):")]
    private static partial Regex SettingName();
}
