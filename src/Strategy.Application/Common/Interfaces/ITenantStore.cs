namespace Strategy.Application.Common.Interfaces;

/// <summary>Looks tenants up in the catalogue by their identifier (slug).</summary>
public interface ITenantStore
{
    ValueTask<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken);

    /// <summary>Forgets a cached tenant after its state or settings changed.</summary>
    void Forget(string identifier);
}
