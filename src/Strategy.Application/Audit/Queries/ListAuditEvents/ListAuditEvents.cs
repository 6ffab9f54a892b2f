using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Audit.Queries.ListAuditEvents;

/// <summary>The current gmina's security log, newest first.</summary>
[RequiresPermission(Permission.ViewAudit)]
public sealed record ListAuditEventsQuery(int Take = 200) : IQuery<IReadOnlyList<AuditEventDto>>;

/// <summary>The whole platform's security log, newest first, for platform admins.</summary>
[RequiresPermission(Permission.ViewPlatformAudit)]
public sealed record ListPlatformAuditEventsQuery(int Take = 200) : IQuery<IReadOnlyList<AuditEventDto>>;

public sealed record AuditEventDto(DateTimeOffset OccurredAt, string Action, string? Tenant, string? UserName, string? Detail);

public sealed class ListAuditEventsHandler(IAppDbContext db, ITenantContext tenant)
    : IQueryHandler<ListAuditEventsQuery, IReadOnlyList<AuditEventDto>>, IQueryHandler<ListPlatformAuditEventsQuery, IReadOnlyList<AuditEventDto>>
{
    public ValueTask<IReadOnlyList<AuditEventDto>> Handle(ListAuditEventsQuery query, CancellationToken cancellationToken)
    {
        // The log is global; a gmina's view names its gmina explicitly.
        var tenantId = tenant.Current!.Id;
        return ReadAsync(tenantId, query.Take, cancellationToken);
    }

    public ValueTask<IReadOnlyList<AuditEventDto>> Handle(ListPlatformAuditEventsQuery query, CancellationToken cancellationToken) =>
        ReadAsync(null, query.Take, cancellationToken);

    private async ValueTask<IReadOnlyList<AuditEventDto>> ReadAsync(Guid? tenantId, int take, CancellationToken ct) =>
        await (
            from e in db.AuditEvents.AsNoTracking()
            join t in db.Tenants on e.TenantId equals t.Id into tenants
            from t in tenants.DefaultIfEmpty()
            where tenantId == null || e.TenantId == tenantId
            orderby e.OccurredAt descending
            select new AuditEventDto(e.OccurredAt, e.Action, t == null ? null : t.Name, e.UserName, e.Detail))
            .Take(Math.Clamp(take, 1, 1000))
            .ToListAsync(ct);
}
