using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants.Commands.OffboardTenant;

/// <summary>
/// Takes a gmina off the platform: exports everything it holds, then deletes it all — data, people's
/// memberships, API clients and their tokens, the catalogue entry — in one transaction. Only a
/// suspended gmina, and only when the admin types its identifier: there is no undo but a restore.
/// The export is the answer; the platform keeps only an audit line of the offboarding.
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record OffboardTenantCommand(Guid TenantId, string ConfirmIdentifier) : ICommand<TenantExportDto>;

public sealed class OffboardTenantHandler(IAppDbContext db, ITenantData data, IApiClientRegistry clients, ITenantStore store, IAuditLog audit)
    : ICommandHandler<OffboardTenantCommand, TenantExportDto>
{
    public async ValueTask<TenantExportDto> Handle(OffboardTenantCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == command.TenantId, cancellationToken)
            ?? throw new NotFoundException("gmina", command.TenantId);
        if (tenant.State != TenantState.Suspended)
        {
            throw new DomainException($"Najpierw zawieś gminę {tenant.Name}: usunąć można tylko zawieszoną gminę.");
        }

        if (!string.Equals(command.ConfirmIdentifier?.Trim(), tenant.Identifier, StringComparison.Ordinal))
        {
            throw new DomainException($"Aby usunąć gminę, wpisz jej identyfikator „{tenant.Identifier}”.");
        }

        var export = await data.ExportAsync(tenant.Id, cancellationToken);
        var clientIds = await data.DeleteAsync(tenant.Id, cancellationToken);

        // The token server's clients live outside the gmina's tables: without them no token can be minted for it any more.
        foreach (var clientId in clientIds)
        {
            await clients.RemoveAsync(clientId, cancellationToken);
        }

        store.Forget(tenant.Identifier);
        audit.Record(AuditActions.TenantOffboarded, null, $"{tenant.Name} ({tenant.Identifier}, TERYT {tenant.TerytCode.Value}): eksport {export.Length} B, dane usunięte");
        await db.SaveChangesAsync(cancellationToken);
        return TenantExportDto.Of(tenant.Identifier, export);
    }
}
