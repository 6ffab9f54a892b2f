namespace Strategy.Application.Common.Security;

/// <summary>What a use case needs. Tenant permissions apply inside the current gmina only.</summary>
public enum Permission
{
    /// <summary>Read the gmina's strategy, indicators and values.</summary>
    ReadStrategy,

    /// <summary>Keep the strategy and its institutions (coordinator's work).</summary>
    ManageStrategy,

    /// <summary>
    /// Report indicator values and task progress in a reporting round: a partner for what its
    /// institution supplies, the coordinator for anything.
    /// </summary>
    ReportData,

    /// <summary>Users, invitations and roles of the gmina.</summary>
    ManageUsers,

    /// <summary>The gmina's settings (publication).</summary>
    ManageSettings,

    /// <summary>API clients of the gmina.</summary>
    ManageApiClients,

    /// <summary>The gmina's security log.</summary>
    ViewAudit,

    /// <summary>Platform: onboard, suspend and reactivate gminy, decide sign-ups, open support sessions.</summary>
    ManageTenants,

    /// <summary>Platform: the whole security log.</summary>
    ViewPlatformAudit,

    /// <summary>Platform: the catalogue of benchmark metrics gminy are compared on.</summary>
    ManageBenchmarkCatalogue,
}

public static class PermissionScopes
{
    /// <summary>Platform permissions belong to platform admins and never depend on the current gmina.</summary>
    public static bool IsPlatform(this Permission permission) => permission is Permission.ManageTenants or Permission.ViewPlatformAudit or Permission.ManageBenchmarkCatalogue;
}
