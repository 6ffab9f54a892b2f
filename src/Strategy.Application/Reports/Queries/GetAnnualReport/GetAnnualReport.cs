using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Reports.Queries.GetAnnualReport;

/// <summary>
/// The year's report as it would be published now — today's approved data with the coordinator's
/// texts — with the version to save the texts from and the versions published so far. Before
/// publication a report is the coordinator's work, not the public's.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetAnnualReportQuery(Guid StrategyId, int Year) : IQuery<AnnualReportDto>;

/// <param name="Version">The version of the coordinator's texts; 0 before anything was written.</param>
public sealed record AnnualReportDto(
    Guid StrategyId,
    int Year,
    AnnualReportModel Report,
    IReadOnlyList<GoalCommentaryDto> Commentaries,
    int Version,
    IReadOnlyList<PublishedVersionDto> Published);

public sealed class GetAnnualReportHandler(IAppDbContext db, ITenantContext tenant) : IQueryHandler<GetAnnualReportQuery, AnnualReportDto>
{
    public async ValueTask<AnnualReportDto> Handle(GetAnnualReportQuery query, CancellationToken cancellationToken)
    {
        var draft = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.StrategyId == query.StrategyId && r.Year == query.Year, cancellationToken);
        var report = await ReportBuilder.BuildAsync(db, tenant.Current!.Name, query.StrategyId, query.Year, draft, cancellationToken)
            ?? throw new NotFoundException("strategia", query.StrategyId);
        var published = await PublishedVersions.OfAsync(db, query.StrategyId, query.Year, cancellationToken);
        var commentaries = report.Goals.Select(g => new GoalCommentaryDto(g.Element.Id, g.Commentary)).ToList();
        return new AnnualReportDto(query.StrategyId, query.Year, report, commentaries, ReportDrafts.VersionOf(draft), published);
    }
}

/// <summary>The Word file of the report as it would be published now.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetAnnualReportDocumentQuery(Guid StrategyId, int Year) : IQuery<ReportFileDto>;

public sealed class GetAnnualReportDocumentHandler(ISender sender, IReportDocuments documents) : IQueryHandler<GetAnnualReportDocumentQuery, ReportFileDto>
{
    public async ValueTask<ReportFileDto> Handle(GetAnnualReportDocumentQuery query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetAnnualReportQuery(query.StrategyId, query.Year), cancellationToken);
        return new ReportFileDto(ReportFiles.Name(query.Year), documents.WriteDocx(report.Report));
    }
}
