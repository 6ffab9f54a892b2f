using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants;

/// <summary>A gmina as platform admins see it: in every state.</summary>
public sealed record TenantAdminDto(Guid Id, string Identifier, string Name, string TerytCode, MunicipalityKind Kind, string Voivodeship, TenantState State, bool PublicPagesEnabled);
