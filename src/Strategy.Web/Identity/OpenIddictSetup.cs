using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Strategy.Application.Common.Security;
using Strategy.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Strategy.Web.Identity;

/// <summary>
/// The token server in this host: authorization code + PKCE for interactive clients, client
/// credentials for integrations, refresh tokens; and validation of its tokens on <c>/api</c>.
/// </summary>
public static class OpenIddictSetup
{
    public static IServiceCollection AddStrategyTokens(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, .. ApiScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                // Signed, not encrypted (ADR 0016): this host is the tokens' only audience, they carry
                // nothing the client is not given anyway, and unwrapping each one's RSA key was most of
                // an API call's cost. Codes and refresh tokens stay encrypted.
                o.DisableAccessTokenEncryption();
                AddKeys(o, configuration, environment);

                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
                if (environment.IsDevelopment())
                {
                    // Local runs and tests speak plain HTTP on loopback; every other environment is HTTPS only.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                // Every request checks the token's entry: a revoked client's tokens stop working at once.
                o.EnableTokenEntryValidation();
            });
        return services;
    }

    private static void AddKeys(OpenIddictServerBuilder o, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            // Keys live for the process: restarting signs everyone's tokens out, which is fine locally.
            // Not the default ephemeral RSA keys: generating two of them took 0.5–2.5 s on the first
            // request (the readiness probe); an AES key and a P-256 key are made in microseconds.
            o.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)))
                .AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
            return;
        }

        o.AddEncryptionCertificate(CertificateFiles.Load(configuration, "OpenIddict:EncryptionCertificatePath", "OpenIddict:EncryptionCertificatePassword", environment.EnvironmentName)!)
            .AddSigningCertificate(CertificateFiles.Load(configuration, "OpenIddict:SigningCertificatePath", "OpenIddict:SigningCertificatePassword", environment.EnvironmentName)!);
    }
}
