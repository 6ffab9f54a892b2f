namespace Strategy.Application.Common.Interfaces;

/// <summary>The anonymous pages of gminy kept by this replica; a gmina's are dropped when its data change.</summary>
public interface IPublicPageCache
{
    ValueTask EvictAsync(Guid tenantId, CancellationToken ct);
}
