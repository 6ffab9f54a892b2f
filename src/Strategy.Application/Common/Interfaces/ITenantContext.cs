using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>The tenant resolved for the current request, or none (platform pages).</summary>
public interface ITenantContext
{
    TenantInfo? Current { get; }
}

/// <summary>What the rest of the request needs to know about the resolved tenant.</summary>
public sealed record TenantInfo(Guid Id, string Identifier, string Name, string TerytCode, MunicipalityKind Kind, string Voivodeship, TenantState State, bool PublicPagesEnabled);
