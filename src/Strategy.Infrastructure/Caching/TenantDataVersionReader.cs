using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Caching;

/// <summary>
/// The current gmina's data version, read once per request. A signed-in person's roles in the gmina
/// (and, for a partner, its institution) come in the same SQL command: every page of theirs needs both, and a command of its own for each
/// would cost a cached strategy page twice its one command, and a page built afresh a fourth.
/// </summary>
public sealed class TenantDataVersionReader
{
    // Compiled once: every request runs one of these, and translating the LINQ each time cost more than the SQL.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Guid>> Version =
        EF.CompileAsyncQuery((AppDbContext db, Guid tenantId, CancellationToken ct) => db.TenantDataVersions.Where(v => v.TenantId == tenantId).Select(v => v.Stamp).Single());

    private static readonly Func<AppDbContext, Guid, Guid, IAsyncEnumerable<VersionAndRole>> VersionAndRoles =
        EF.CompileAsyncQuery((AppDbContext db, Guid tenantId, Guid userId) =>
            from v in db.TenantDataVersions.Where(v => v.TenantId == tenantId)
            from m in db.Memberships.Where(m => m.UserId == userId).DefaultIfEmpty()
            select new VersionAndRole(v.Stamp, (TenantRole?)m!.Role, m!.InstitutionId));

    private readonly AppDbContext _db;
    private readonly ITenantContext _tenant;
    private Guid? _version;

    public TenantDataVersionReader(AppDbContext db, ITenantContext tenant)
    {
        _db = db;
        _tenant = tenant;

        // A request that saves has renewed the version it read: what it reads next is built afresh.
        db.SavedChanges += (_, _) => _version = null;
    }

    public async ValueTask<Guid> VersionAsync(CancellationToken ct)
    {
        if (_version is { } known)
        {
            return known;
        }

        var tenantId = CurrentTenantId();
        _version = await Version(_db, tenantId, ct);
        return _version.Value;
    }

    /// <summary>The person's memberships in the current gmina; the version comes with them. Read on each call: <see cref="ICurrentUser"/> keeps them for the request.</summary>
    public async ValueTask<TenantMemberships> MembershipsAsync(Guid userId, CancellationToken ct)
    {
        var rows = new List<VersionAndRole>();
        await foreach (var row in VersionAndRoles(_db, CurrentTenantId(), userId).WithCancellation(ct))
        {
            rows.Add(row);
        }

        _version ??= rows.Count > 0 ? rows[0].Stamp : null;
        return new TenantMemberships(
            rows.Select(r => r.Role).OfType<TenantRole>().ToHashSet(),
            rows.FirstOrDefault(r => r.Role == TenantRole.Partner && r.InstitutionId is not null)?.InstitutionId);
    }

    private sealed record VersionAndRole(Guid Stamp, TenantRole? Role, Guid? InstitutionId);

    private Guid CurrentTenantId() =>
        _tenant.Current?.Id ?? throw new InvalidOperationException("A gmina's data version is read inside a gmina only.");
}

/// <summary>What a person holds in the current gmina: roles, and the institution they report for as a partner.</summary>
public sealed record TenantMemberships(IReadOnlySet<TenantRole> Roles, Guid? PartnerInstitutionId)
{
    public static TenantMemberships None { get; } = new(new HashSet<TenantRole>(), null);
}
