using Strategy.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.SaveTaskReport;

/// <summary>
/// An institution named on a task (or the coordinator) reports its progress in a round: a status, a
/// narrative, money planned and spent; saved as a draft or submitted.
/// </summary>
[RequiresPermission(Permission.ReportData)]
public sealed record SaveTaskReportCommand(Guid RoundId, Guid ElementId, TaskProgress? Progress, string? Narrative, decimal? PlannedAmount, decimal? SpentAmount, bool Submit, int? Version)
    : ICommand<TaskReportDto>;

public sealed class SaveTaskReportHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<SaveTaskReportCommand, TaskReportDto>
{
    public async ValueTask<TaskReportDto> Handle(SaveTaskReportCommand command, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.SingleOrDefaultAsync(r => r.Id == command.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", command.RoundId);
        var task = (await StrategyTasks.OfAsync(db, round.StrategyId, cancellationToken)).SingleOrDefault(t => t.ElementId == command.ElementId)
            ?? throw new NotFoundException("zadanie", command.ElementId);
        var scope = await ReportingScope.OfAsync(user, cancellationToken);
        if (!scope.Everything && task.Institutions.All(i => i.Id != scope.InstitutionId))
        {
            throw new ForbiddenException($"Zadanie {task.Code} nie wymienia Twojej instytucji: jego postęp przekazują wymienione w nim instytucje albo koordynator.");
        }

        var progress = command.Progress!.Value; // the validator requires it
        var planned = command.PlannedAmount;
        var spent = command.SpentAmount;
        var by = user.Name ?? "?";
        var now = clock.GetUtcNow();
        var report = await db.TaskReports.SingleOrDefaultAsync(r => r.RoundId == round.Id && r.ElementId == task.ElementId, cancellationToken);
        if (report is null)
        {
            report = new TaskReport(task.ElementId, round, progress, command.Narrative, planned, spent, by, now);
            db.TaskReports.Add(report);
        }
        else
        {
            VersionCheck.Ensure(report, command.Version, () => new(
                "zapisał postęp tego zadania",
                $"Teraz: „{TaskProgressText.Of(report.Progress)}”{(report.Narrative is null ? "" : $", „{report.Narrative}”")} ({report.UpdatedBy})",
                report.ToDto()));
            report.Change(round, progress, command.Narrative, planned, spent, by, now);
        }

        if (command.Submit)
        {
            report.Submit(round, by, now);
            audit.Record(AuditActions.TaskReportSubmitted, round.TenantId, $"{task.Code} za {round.Year}: {TaskProgressText.Of(progress)}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return report.ToDto();
    }
}
