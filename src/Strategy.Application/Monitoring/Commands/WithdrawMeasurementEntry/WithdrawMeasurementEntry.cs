using Strategy.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.WithdrawMeasurementEntry;

/// <summary>
/// The partner who sent a value (or anyone who may report it) takes it back before the coordinator decides:
/// a draft again, to correct and send anew. Written into the indicator's history.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record WithdrawMeasurementEntryCommand(Guid EntryId, int Version) : ICommand<EntryDto>;

public sealed class WithdrawMeasurementEntryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<WithdrawMeasurementEntryCommand, EntryDto>
{
    public async ValueTask<EntryDto> Handle(WithdrawMeasurementEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.MeasurementEntries.SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken)
            ?? throw new NotFoundException("zgłoszona wartość", command.EntryId);
        var supplier = await db.Indicators.Where(i => i.Id == entry.IndicatorId).Select(i => new { i.Name, i.SupplierInstitutionId }).SingleAsync(cancellationToken);
        if (!(await ReportingScope.OfAsync(user, cancellationToken)).Covers(supplier.SupplierInstitutionId))
        {
            throw new ForbiddenException($"Wskaźnik „{supplier.Name}” dostarcza inna instytucja: wycofać wartość może ona albo koordynator.");
        }

        VersionCheck.Ensure(entry, command.Version, () => new(
            "zmienił tę wartość", $"Teraz: „{entry.Reported.Describe()}” ({ReviewStatusText.Of(entry.Status)}, {entry.UpdatedBy})", entry.ToDto()));

        var round = await db.ReportingRounds.SingleAsync(r => r.Id == entry.RoundId, cancellationToken);
        var by = user.Name ?? "?";
        var now = clock.GetUtcNow();
        entry.Withdraw(round, by, now);
        db.IndicatorChanges.Add(new IndicatorChange(entry.IndicatorId, entry.Year, ChangeKind.Withdrawn, null, entry.Reported, null, user.UserId, now));
        audit.Record(AuditActions.ValueWithdrawn, round.TenantId, $"„{supplier.Name}” za {entry.Year}: {entry.Reported.Describe()}");
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }
}
