using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Tenants.Commands.SetBenchmarkSharing;

/// <summary>
/// The gmina's consent to share its approved values of mapped indicators, with its name, type and
/// voivodeship, in comparisons with other gminy. The one place that consent changes: whatever caches shared
/// values must be told here.
/// </summary>
[RequiresPermission(Permission.ManageSettings)]
public sealed record SetBenchmarkSharingCommand(bool Shares) : ICommand;

public sealed class SetBenchmarkSharingHandler(IAppDbContext db, ITenantContext tenant, IAuditLog audit) : ICommandHandler<SetBenchmarkSharingCommand>
{
    public async ValueTask<Unit> Handle(SetBenchmarkSharingCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        var entity = await db.Tenants.SingleAsync(t => t.Id == current.Id, cancellationToken);
        if (entity.SharesBenchmarks == command.Shares)
        {
            return Unit.Value;
        }

        entity.SetBenchmarkSharing(command.Shares);
        audit.Record(AuditActions.BenchmarkSharingChanged, entity.Id, command.Shares ? "udostępnia zatwierdzone wartości do porównań" : "nie udostępnia wartości do porównań");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
