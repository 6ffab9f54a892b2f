using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Reports;

namespace Strategy.Application.Reports.Commands.PublishReport;

/// <summary>
/// Publishes the year's report as it reads now, from the version the coordinator previewed: a frozen
/// snapshot (content and Word file) that later changes of data never alter. Publishing again makes
/// the next version; of two publications racing from the same preview, one is refused.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record PublishReportCommand(Guid StrategyId, int Year, int Version) : ICommand<PublishedVersionDto>;

public sealed class PublishReportHandler(IAppDbContext db, ITenantContext tenant, IReportDocuments documents, ICurrentUser user, TimeProvider clock, IAuditLog audit)
    : ICommandHandler<PublishReportCommand, PublishedVersionDto>
{
    public async ValueTask<PublishedVersionDto> Handle(PublishReportCommand command, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == command.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", command.StrategyId);
        strategy.EnsureWithinPeriod(command.Year); // a report on a year the strategy does not cover is previewed, never published
        var draft = await ReportDrafts.ForAsync(db, strategy.Id, command.Year, command.Version, cancellationToken);
        var report = await ReportBuilder.BuildAsync(db, tenant.Current!.Name, strategy.Id, command.Year, draft, cancellationToken)
            ?? throw new NotFoundException("strategia", strategy.Id);

        var number = draft.NextPublication();
        var by = user.Name ?? "?";
        var published = new PublishedReport(strategy.Id, command.Year, number, ReportContent.Freeze(report), documents.WriteDocx(report), by, clock.GetUtcNow());
        db.PublishedReports.Add(published);
        audit.Record(AuditActions.ReportPublished, strategy.TenantId, $"{strategy.Title}: raport za {command.Year}, wersja {number}");
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedVersionDto(published.Year, published.Number, published.PublishedAt, published.PublishedBy);
    }
}
