using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Tenancy;

/// <summary>
/// A gmina's data as the database model defines it: every entity type with a <c>TenantId</c> column
/// — the tenant-owned ones and the platform's records that name a gmina (invitations, support sessions,
/// sign-ups, audit events) — read or deleted by that column. A new table of a gmina's data is
/// therefore exported and offboarded without a change here; a test holds the export to every table.
/// </summary>
public sealed class TenantData(AppDbContext db, ITenantScope scope, TimeProvider clock, Benchmarking.BenchmarkCache benchmarks) : ITenantData
{
    public const string Format = "strategy-saas/tenant-export/1";
    private const string TenantColumn = "TenantId";

    // Polish letters as themselves: the file is read by people too.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<byte[]> ExportAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);

        // Inside the gmina itself, so that row-level security on SQL Server lets exactly its rows through.
        using var inside = scope.Enter(TenantStore.ToInfo(tenant));
        var tables = new JsonObject();
        foreach (var type in TenantTypes(db.Model))
        {
            tables[type.GetTableName()!] = await RowsAsync(type, tenantId, ct);
        }

        var document = new JsonObject
        {
            ["format"] = Format,
            ["exportedAt"] = clock.GetUtcNow(),
            ["tenant"] = JsonSerializer.SerializeToNode(Catalogue(tenant), Json),
            ["people"] = JsonSerializer.SerializeToNode(await PeopleAsync(tenantId, ct), Json),
            ["tables"] = tables,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    public async Task<IReadOnlyList<string>> DeleteAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
        using var inside = scope.Enter(TenantStore.ToInfo(tenant));
        var clientIds = await db.ApiClients.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(c => c.TenantId == tenantId).Select(c => c.ClientId).ToListAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var type in DependentsFirst(TenantTypes(db.Model)))
            {
                await DeleteRowsAsync(type, tenantId, ct);
            }

            await db.Tenants.Where(t => t.Id == tenantId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();

        // Bulk deletes pass no save interceptor: the gmina must leave this replica's comparisons now.
        benchmarks.Invalidate();
        return clientIds;
    }

    /// <summary>Entity types mapped to their own table with a tenant column (owned and table-sharing types aside).</summary>
    internal static IReadOnlyList<IEntityType> TenantTypes(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.BaseType is null && !t.IsOwned() && t.FindProperty(TenantColumn) is not null && t.ClrType != typeof(Tenant))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
            .ToList();

    /// <summary>Deletion order: a table before the tables it refers to, so no foreign key is ever left dangling.</summary>
    private static IEnumerable<IEntityType> DependentsFirst(IReadOnlyList<IEntityType> types)
    {
        var done = new HashSet<IEntityType>();
        var ordered = new List<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!done.Add(type))
            {
                return;
            }

            // Whoever refers to this type goes first.
            foreach (var referrer in types.Where(t => t != type && t.GetForeignKeys().Any(k => k.PrincipalEntityType.GetRootType() == type)))
            {
                Visit(referrer);
            }

            ordered.Add(type);
        }

        foreach (var type in types)
        {
            Visit(type);
        }

        return ordered;
    }

    private Task<JsonArray> RowsAsync(IEntityType type, Guid tenantId, CancellationToken ct) =>
        (Task<JsonArray>)typeof(TenantData).GetMethod(nameof(RowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType).Invoke(this, [type, tenantId, ct])!;

    private async Task<JsonArray> RowsOfAsync<T>(IEntityType type, Guid tenantId, CancellationToken ct)
        where T : class
    {
        // Tracked, so that shadow and field-mapped columns are readable through the entry.
        var rows = await db.Set<T>().IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(e => EF.Property<Guid?>(e, TenantColumn) == tenantId).ToListAsync(ct);
        var array = new JsonArray();
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            var item = new JsonObject();
            foreach (var property in type.GetProperties())
            {
                item[property.GetColumnName()] = JsonSerializer.SerializeToNode(entry.Property(property.Name).CurrentValue, Json);
            }

            array.Add(item);
        }

        db.ChangeTracker.Clear();
        return array;
    }

    private Task DeleteRowsAsync(IEntityType type, Guid tenantId, CancellationToken ct) =>
        (Task)typeof(TenantData).GetMethod(nameof(DeleteRowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType).Invoke(this, [type, tenantId, ct])!;

    private async Task DeleteRowsOfAsync<T>(IEntityType type, Guid tenantId, CancellationToken ct)
        where T : class
    {
        var rows = db.Set<T>().IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(e => EF.Property<Guid?>(e, TenantColumn) == tenantId);

        // A tree in one table (elements under elements): leaves first, level by level, since a
        // restricting self-reference is checked row by row (SQLite) and would refuse a parent before its child.
        if (type.GetForeignKeys().FirstOrDefault(k => k.PrincipalEntityType == type) is { } tree)
        {
            var (parent, key) = (tree.Properties[0].Name, tree.PrincipalKey.Properties[0].Name);
            var all = db.Set<T>().IgnoreQueryFilters([AppDbContext.TenantFilter]);
            while (await rows.Where(e => !all.Any(c => EF.Property<Guid?>(c, parent) == EF.Property<Guid?>(e, key))).ExecuteDeleteAsync(ct) > 0)
            {
            }
        }

        await rows.ExecuteDeleteAsync(ct);
    }

    private static object Catalogue(Tenant t) => new
    {
        t.Id, t.Identifier, t.Name, TerytCode = t.TerytCode.Value, Kind = t.Kind.ToString(), t.Voivodeship, State = t.State.ToString(), t.PublicPagesEnabled,
    };

    /// <summary>The accounts of the gmina's members: they are the platform's, kept after offboarding (they may belong to other gminy).</summary>
    private async Task<object> PeopleAsync(Guid tenantId, CancellationToken ct) =>
        await (from m in db.Memberships.IgnoreQueryFilters([AppDbContext.TenantFilter])
               join u in db.Users on m.UserId equals u.Id
               where m.TenantId == tenantId
               orderby u.Email
               select new { m.UserId, u.Email, u.DisplayName, Role = m.Role.ToString() }).ToListAsync(ct);
}
