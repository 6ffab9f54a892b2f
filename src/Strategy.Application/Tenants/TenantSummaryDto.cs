using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants;

public sealed record TenantSummaryDto(Guid Id, string Identifier, string Name, string TerytCode, MunicipalityKind Kind, string Voivodeship);
