using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Microsoft.Data.SqlClient;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// Signs in to Azure SQL with an Entra ID token, as the deployed connection string asks
/// (<c>Authentication=Active Directory Managed Identity;User Id={client id}</c>). SqlClient 7 moved its own
/// token providers into a package not available to us, so without this one the host could not open
/// the database in Azure. Managed identity takes the user-assigned identity's client id from the
/// connection string's User Id (none: the system-assigned identity); Active Directory Default uses the
/// developer's or the environment's credential chain. Credentials are kept per client id, so their token
/// caches survive from one pooled connection to the next.
/// </summary>
public sealed class EntraSqlAuthentication(Func<SqlAuthenticationMethod, string?, TokenCredential> credentials) : SqlAuthenticationProvider
{
    private readonly ConcurrentDictionary<(SqlAuthenticationMethod, string?), TokenCredential> _credentials = new();

    public EntraSqlAuthentication()
        : this(Create)
    {
    }

    /// <summary>The methods this provider answers for; the rest (SQL passwords, integrated) SqlClient handles itself.</summary>
    public static IReadOnlyList<SqlAuthenticationMethod> Methods { get; } =
    [
        SqlAuthenticationMethod.ActiveDirectoryManagedIdentity,
        SqlAuthenticationMethod.ActiveDirectoryMSI,
        SqlAuthenticationMethod.ActiveDirectoryDefault,
    ];

    /// <summary>Makes this provider SqlClient's for <see cref="Methods"/>; SqlClient keeps one provider per method for the process.</summary>
    public static void Register()
    {
        var provider = new EntraSqlAuthentication();
        foreach (var method in Methods)
        {
            if (SqlAuthenticationProvider.GetProvider(method) is not EntraSqlAuthentication)
            {
                SqlAuthenticationProvider.SetProvider(method, provider);
            }
        }
    }

    public override bool IsSupported(SqlAuthenticationMethod authenticationMethod) => Methods.Contains(authenticationMethod);

    public override async Task<SqlAuthenticationToken> AcquireTokenAsync(SqlAuthenticationParameters parameters)
    {
        var clientId = string.IsNullOrWhiteSpace(parameters.UserId) ? null : parameters.UserId;
        var credential = _credentials.GetOrAdd((parameters.AuthenticationMethod, clientId), key => credentials(key.Item1, key.Item2));

        // SqlClient passes the resource ("https://database.windows.net/"); Entra wants a scope of it.
        var scope = parameters.Resource.EndsWith("/.default", StringComparison.Ordinal) ? parameters.Resource : parameters.Resource + "/.default";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(parameters.ConnectionTimeout, 15)));
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), timeout.Token);
        return new SqlAuthenticationToken(token.Token, token.ExpiresOn);
    }

    private static TokenCredential Create(SqlAuthenticationMethod method, string? clientId) => method switch
    {
        SqlAuthenticationMethod.ActiveDirectoryDefault => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }),
        _ => clientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)),
    };
}
