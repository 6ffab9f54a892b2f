using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Strategy.Infrastructure.Identity;

/// <summary>PKCS#12 certificate files named by settings: a missing or unreadable one stops the start, naming the setting.</summary>
public static class CertificateFiles
{
    /// <returns>The certificate, or null when the setting is empty and <paramref name="required"/> is false.</returns>
    public static X509Certificate2? Load(IConfiguration configuration, string pathKey, string passwordKey, string environmentName, bool required = true)
    {
        var path = configuration[pathKey];
        if (string.IsNullOrWhiteSpace(path) && !required)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"The setting {pathKey} must name a PKCS#12 certificate file in the '{environmentName}' environment (found: '{path}').");
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, configuration[passwordKey]);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"The certificate file named by {pathKey} ('{path}') does not open with the password in {passwordKey}: {e.Message}", e);
        }
    }
}
