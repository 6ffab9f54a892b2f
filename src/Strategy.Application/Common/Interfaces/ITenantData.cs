namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Everything the platform holds of one gmina, as a whole: to hand it over (export) and to remove it
/// (offboarding). Implemented over the database model itself, so that a new table of a gmina's data
/// is exported and removed without anyone remembering to add it here.
/// </summary>
public interface ITenantData
{
    /// <summary>One JSON document (UTF-8) with the gmina's catalogue entry, its people and every row of its data, table by table.</summary>
    Task<byte[]> ExportAsync(Guid tenantId, CancellationToken ct);

    /// <summary>
    /// Deletes every row of the gmina and its catalogue entry, all or nothing; the caller has exported
    /// first. Answers the ids of the gmina's API clients, whose token-server registrations the caller removes.
    /// </summary>
    Task<IReadOnlyList<string>> DeleteAsync(Guid tenantId, CancellationToken ct);
}
