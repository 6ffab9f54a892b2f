using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Audit;
using Strategy.Domain.Reports;

namespace Strategy.Application.Reports.Commands.WriteReport;

/// <summary>
/// Saves what the coordinator writes around the year's data — introduction, the coordinating
/// institution for the title page, a commentary per top-level goal — from the version they read
/// (0 for a report nobody has written yet). If someone saved in between, nothing is saved.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record WriteReportCommand(
    Guid StrategyId,
    int Year,
    string? Introduction,
    string? Coordinator,
    IReadOnlyList<GoalCommentaryDto> Commentaries,
    int Version) : ICommand<int>;

public sealed class WriteReportHandler(IAppDbContext db, IAuditLog audit) : ICommandHandler<WriteReportCommand, int>
{
    public async ValueTask<int> Handle(WriteReportCommand command, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.SingleOrDefaultAsync(s => s.Id == command.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", command.StrategyId);
        var goals = await ActiveElements.IdsAsync(db, strategy.Id, cancellationToken);
        var roots = await db.Elements.Where(e => e.StrategyId == strategy.Id && e.ParentId == null).Select(e => e.Id).ToListAsync(cancellationToken);
        if (command.Commentaries.FirstOrDefault(c => !roots.Contains(c.ElementId) || !goals.Contains(c.ElementId)) is { } stray)
        {
            throw new NotFoundException("cel strategii", stray.ElementId);
        }

        var report = await ReportDrafts.ForAsync(db, strategy.Id, command.Year, command.Version, cancellationToken);
        report.Write(command.Introduction, command.Coordinator, command.Commentaries.ToDictionary(c => c.ElementId, c => c.Text));
        audit.Record(AuditActions.ReportWritten, strategy.TenantId, $"{strategy.Title}: raport za {command.Year}");
        await db.SaveChangesAsync(cancellationToken);
        return ReportDrafts.VersionOf(report);
    }
}
