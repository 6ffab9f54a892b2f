namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// What a request builds from the current gmina's data, kept per replica under the gmina's data
/// version (ADR 0017). Every save that changes the gmina's data gives it a new version in the same
/// transaction, on whichever replica, so what is served was built from rows at least as new as those
/// the request could read: an editor sees their own edit on the next page, wherever it is served.
/// </summary>
public interface ITenantDataCache
{
    /// <param name="key">What is built and, where it differs, for whom (members or the public); the gmina and its version are added.</param>
    Task<T> GetOrBuildAsync<T>(string key, Func<CancellationToken, Task<T>> build, CancellationToken ct)
        where T : class;

    /// <summary>The current gmina's data version as this request read it (once), for the pages' fragment caches.</summary>
    ValueTask<Guid> VersionAsync(CancellationToken ct);
}
