using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Creates a gmina: the catalogue entry and its first strategy from the starting model, in one
/// unit of work of its own (the new gmina's rows are written as that gmina, never as the caller's).
/// </summary>
public interface ITenantProvisioner
{
    Task<TenantInfo> ProvisionAsync(Municipality municipality, string identifier, StartingModel model, bool publicPages, CancellationToken ct);
}
