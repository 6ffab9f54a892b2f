using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.OpenRound;

/// <summary>The coordinator opens the collection of a year's data for a strategy, with a deadline.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record OpenRoundCommand(Guid StrategyId, int Year, DateOnly? Deadline) : ICommand<RoundSummaryDto>;

public sealed class OpenRoundHandler(IAppDbContext db, IAuditLog audit, TimeProvider clock) : ICommandHandler<OpenRoundCommand, RoundSummaryDto>
{
    public async ValueTask<RoundSummaryDto> Handle(OpenRoundCommand command, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.SingleOrDefaultAsync(s => s.Id == command.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", command.StrategyId);
        if (await db.ReportingRounds.AnyAsync(r => r.StrategyId == strategy.Id && r.Year == command.Year, cancellationToken))
        {
            throw new DomainException($"Runda sprawozdawcza za rok {command.Year} już istnieje.");
        }

        LegalCalendar.EnsureDeadlineAllowed(command.Year, command.Deadline!.Value);
        var round = new ReportingRound(strategy, command.Year, command.Deadline.Value, clock.GetUtcNow());
        db.ReportingRounds.Add(round);
        audit.Record(AuditActions.RoundOpened, strategy.TenantId, $"{strategy.Title}: {command.Year}, termin {command.Deadline:dd.MM.yyyy}");
        await db.SaveChangesAsync(cancellationToken);
        var indicators = await ActiveElements.IndicatorCountAsync(db, strategy.Id, cancellationToken);
        return new RoundSummaryDto(round.Id, strategy.Id, round.Year, round.Deadline, round.IsOpen, indicators, 0, 0);
    }
}
