using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Application.Tenants;

namespace Strategy.Application.Tenants.Queries.ExportTenant;

/// <summary>Everything of a gmina as one JSON document, for the platform admin (hand-over, backup of one gmina, before offboarding).</summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record ExportTenantQuery(Guid TenantId) : IQuery<TenantExportDto>;

public sealed class ExportTenantHandler(IAppDbContext db, ITenantData data, IAuditLog audit) : IQueryHandler<ExportTenantQuery, TenantExportDto>
{
    public async ValueTask<TenantExportDto> Handle(ExportTenantQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.TenantId, cancellationToken)
            ?? throw new NotFoundException("gmina", query.TenantId);
        var content = await data.ExportAsync(tenant.Id, cancellationToken);

        // Reading a whole gmina's data is itself worth a line in the log: the gmina's own, which its admins read.
        audit.Record(AuditActions.TenantExported, tenant.Id, $"{tenant.Name} ({tenant.Identifier}): {content.Length} B");
        await db.SaveChangesAsync(cancellationToken);
        return TenantExportDto.Of(tenant.Identifier, content);
    }
}
