using Strategy.Application.Strategies.Format;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Creates a gmina: the catalogue entry and its first strategy from the starting model, in one
/// unit of work of its own (the new gmina's rows are written as that gmina, never as the caller's).
/// </summary>
public interface ITenantProvisioner
{
    /// <param name="document">The gmina's own strategy, read from its file, when the model is <see cref="StartingModel.Document"/>.</param>
    Task<TenantInfo> ProvisionAsync(Municipality municipality, string identifier, StartingModel model, bool publicPages, StrategyModel? document, CancellationToken ct);
}
