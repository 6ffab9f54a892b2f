namespace Strategy.Web.Identity;

/// <summary>The claims our cookies and tokens carry.</summary>
public static class StrategyClaims
{
    /// <summary>The person's id (OpenID Connect "sub").</summary>
    public const string UserId = "sub";

    public const string DisplayName = "name";

    public const string PlatformAdmin = "platform_admin";

    /// <summary>On client-credentials tokens: the gmina the API client belongs to.</summary>
    public const string ClientTenant = "tenant_id";
}
