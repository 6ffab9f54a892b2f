using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Tenants.Commands.ChangeTenantSettings;

/// <summary>
/// The gmina's settings in one save: whether anonymous visitors may read what it publishes, and its consent to
/// share approved values of mapped indicators (with its name, type and voivodeship) in comparisons with other
/// gminy. A null leaves that setting as it is. The one place both change: the tenant store forgets the gmina
/// (public pages) and the benchmark caches see a saved <c>IBenchmarkInput</c> (sharing).
/// </summary>
[RequiresPermission(Permission.ManageSettings)]
public sealed record ChangeTenantSettingsCommand(bool? PublicPages, bool? SharesBenchmarks) : ICommand;

public sealed class ChangeTenantSettingsHandler(IAppDbContext db, ITenantContext tenant, ITenantStore store, IAuditLog audit)
    : ICommandHandler<ChangeTenantSettingsCommand>
{
    public async ValueTask<Unit> Handle(ChangeTenantSettingsCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        var entity = await db.Tenants.SingleAsync(t => t.Id == current.Id, cancellationToken);
        var publicChanged = command.PublicPages is { } pages && pages != entity.PublicPagesEnabled;
        if (publicChanged)
        {
            entity.SetPublicPages(command.PublicPages!.Value);
        }

        if (command.SharesBenchmarks is { } shares && shares != entity.SharesBenchmarks)
        {
            entity.SetBenchmarkSharing(shares);
            audit.Record(AuditActions.BenchmarkSharingChanged, entity.Id, shares ? "udostępnia zatwierdzone wartości do porównań" : "nie udostępnia wartości do porównań");
        }

        await db.SaveChangesAsync(cancellationToken);
        if (publicChanged)
        {
            store.Forget(current.Identifier);
        }

        return Unit.Value;
    }
}
