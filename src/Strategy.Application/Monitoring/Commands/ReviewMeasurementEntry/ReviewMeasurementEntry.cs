using Strategy.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.ReviewMeasurementEntry;

/// <summary>
/// The coordinator approves a submitted value — it becomes the indicator's value for the year, the
/// one reports and charts use — or returns it with a comment the partner reads.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ReviewMeasurementEntryCommand(Guid EntryId, bool Approve, string? Comment, int Version) : ICommand<EntryDto>;

public sealed class ReviewMeasurementEntryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<ReviewMeasurementEntryCommand, EntryDto>
{
    public async ValueTask<EntryDto> Handle(ReviewMeasurementEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.MeasurementEntries.SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken)
            ?? throw new NotFoundException("zgłoszona wartość", command.EntryId);
        VersionCheck.Ensure(entry, command.Version, () => new(
            "zmienił tę wartość", $"Teraz: „{entry.Reported.Describe()}” ({ReviewStatusText.Of(entry.Status)}, {entry.UpdatedBy})", entry.ToDto()));

        var by = user.Name ?? "?";
        var now = clock.GetUtcNow();
        string name;
        if (command.Approve)
        {
            entry.Approve(by, now);
            var indicator = await db.Indicators.Include(i => i.Measurements).ThenInclude(m => m.Parts)
                .SingleAsync(i => i.Id == entry.IndicatorId, cancellationToken);
            var replaced = indicator.Approve(entry.Year, entry.Reported);
            name = indicator.Name;
            db.IndicatorChanges.Add(new IndicatorChange(indicator.Id, entry.Year, ChangeKind.Approved, replaced, entry.Reported, null, user.UserId, now));
        }
        else
        {
            entry.Return(command.Comment ?? "", by, now);
            name = await db.Indicators.Where(i => i.Id == entry.IndicatorId).Select(i => i.Name).SingleAsync(cancellationToken);
            db.IndicatorChanges.Add(new IndicatorChange(entry.IndicatorId, entry.Year, ChangeKind.Returned, null, entry.Reported, entry.ReviewComment, user.UserId, now));
        }

        audit.Record(
            command.Approve ? AuditActions.ValueApproved : AuditActions.ValueReturned,
            entry.TenantId,
            $"„{name}” za {entry.Year}: {entry.Reported.Describe()}{(command.Approve ? "" : $"; komentarz: {entry.ReviewComment}")}");
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }
}
