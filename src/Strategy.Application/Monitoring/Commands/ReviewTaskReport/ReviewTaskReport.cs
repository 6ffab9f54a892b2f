using Strategy.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Monitoring.Commands.ReviewTaskReport;

/// <summary>The coordinator approves a task's reported progress (it then counts in the dashboard and reports) or returns it with a comment.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ReviewTaskReportCommand(Guid ReportId, bool Approve, string? Comment, int Version) : ICommand<TaskReportDto>;

public sealed class ReviewTaskReportHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<ReviewTaskReportCommand, TaskReportDto>
{
    public async ValueTask<TaskReportDto> Handle(ReviewTaskReportCommand command, CancellationToken cancellationToken)
    {
        var report = await db.TaskReports.SingleOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken)
            ?? throw new NotFoundException("sprawozdanie z zadania", command.ReportId);
        VersionCheck.Ensure(report, command.Version, () => new(
            "zmienił to sprawozdanie", $"Teraz: „{TaskProgressText.Of(report.Progress)}” ({ReviewStatusText.Of(report.Status)}, {report.UpdatedBy})", report.ToDto()));

        if (command.Approve)
        {
            report.Approve(user.Name ?? "?", clock.GetUtcNow());
        }
        else
        {
            report.Return(command.Comment ?? "", user.Name ?? "?", clock.GetUtcNow());
        }

        var code = await db.Elements.Where(e => e.Id == report.ElementId).Select(e => e.Code).SingleAsync(cancellationToken);
        audit.Record(
            command.Approve ? AuditActions.TaskReportApproved : AuditActions.TaskReportReturned,
            report.TenantId,
            $"{code} za {report.Year}: {TaskProgressText.Of(report.Progress)}{(command.Approve ? "" : $"; komentarz: {report.ReviewComment}")}");
        await db.SaveChangesAsync(cancellationToken);
        return report.ToDto();
    }
}
