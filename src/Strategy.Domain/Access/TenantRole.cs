namespace Strategy.Domain.Access;

/// <summary>What a person may do in one gmina. PlatformAdmin is not here: it is a platform role.</summary>
public enum TenantRole
{
    /// <summary>Reads everything of the gmina (councillors, management).</summary>
    Viewer = 1,

    /// <summary>Reports on the tasks and indicators of their own institution.</summary>
    Partner = 2,

    /// <summary>Keeps the strategy, asks partners for data, approves it (usually the OPS/MOPS).</summary>
    Coordinator = 3,

    /// <summary>Users, roles, institutions, settings, publication, API clients.</summary>
    TenantAdmin = 4,
}
