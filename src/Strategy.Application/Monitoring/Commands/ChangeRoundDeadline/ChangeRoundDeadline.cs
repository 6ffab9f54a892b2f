using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.Monitoring.Commands.ChangeRoundDeadline;

/// <summary>The coordinator moves an open round's deadline (no later than 31 May of the year after); its reminders are scheduled from the new one.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ChangeRoundDeadlineCommand(Guid RoundId, DateOnly Deadline, int Version) : ICommand<int>;

public sealed class ChangeRoundDeadlineHandler(IAppDbContext db, IAuditLog audit, TimeProvider clock) : ICommandHandler<ChangeRoundDeadlineCommand, int>
{
    public async ValueTask<int> Handle(ChangeRoundDeadlineCommand command, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.SingleOrDefaultAsync(r => r.Id == command.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", command.RoundId);
        VersionCheck.Ensure(round, command.Version, () => new($"zmienił rundę za {round.Year}", $"Teraz termin: {round.Deadline:dd.MM.yyyy}", null));

        var before = round.Deadline;
        round.ChangeDeadline(command.Deadline, clock.GetUtcNow());
        audit.Record(AuditActions.RoundDeadlineChanged, round.TenantId, $"rok {round.Year}: {before:dd.MM.yyyy} → {round.Deadline:dd.MM.yyyy}");
        await db.SaveChangesAsync(cancellationToken);
        return round.Version;
    }
}
