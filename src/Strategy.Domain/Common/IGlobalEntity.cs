namespace Strategy.Domain.Common;

/// <summary>
/// Marks an entity that deliberately belongs to no tenant (the tenant catalogue itself, platform
/// catalogues). Every entity is either this or <see cref="ITenantOwned"/>; an architecture test checks it.
/// </summary>
public interface IGlobalEntity;
