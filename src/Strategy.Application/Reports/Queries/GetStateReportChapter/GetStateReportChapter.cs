using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Reports.StateReport;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Reports.Queries.GetStateReportChapter;

/// <summary>
/// The chapter on the strategy for the year's raport o stanie gminy, which the wójt or burmistrz presents to the
/// council by 31 May: the year N's approved data written as text, with N−1 for the changes.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStateReportChapterQuery(Guid StrategyId, int Year) : IQuery<StateReportChapter>;

public sealed class GetStateReportChapterHandler(IAppDbContext db, ITenantContext tenant) : IQueryHandler<GetStateReportChapterQuery, StateReportChapter>
{
    public async ValueTask<StateReportChapter> Handle(GetStateReportChapterQuery query, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().Where(s => s.Id == query.StrategyId).Select(s => new { s.Status, s.PeriodStart, s.PeriodEnd }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("strategia", query.StrategyId);
        var draft = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.StrategyId == query.StrategyId && r.Year == query.Year, cancellationToken);
        var gmina = tenant.Current!.Name;
        var report = (await ReportBuilder.BuildAsync(db, gmina, query.StrategyId, query.Year, draft, cancellationToken))!;
        var previous = await ReportBuilder.BuildAsync(db, gmina, query.StrategyId, query.Year - 1, null, cancellationToken);
        var outside = query.Year < strategy.PeriodStart || query.Year > strategy.PeriodEnd;
        return StateReportWriter.Write(report, previous, strategy.Status == StrategyStatus.Adopted, outside);
    }
}

/// <summary>The chapter as a Word file to paste into the raport o stanie gminy.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetStateReportChapterDocumentQuery(Guid StrategyId, int Year) : IQuery<ReportFileDto>;

public sealed class GetStateReportChapterDocumentHandler(ISender sender, IReportDocuments documents) : IQueryHandler<GetStateReportChapterDocumentQuery, ReportFileDto>
{
    public async ValueTask<ReportFileDto> Handle(GetStateReportChapterDocumentQuery query, CancellationToken cancellationToken)
    {
        var chapter = await sender.Send(new GetStateReportChapterQuery(query.StrategyId, query.Year), cancellationToken);
        return new ReportFileDto($"raport-o-stanie-gminy-{query.Year}-strategia.docx", documents.WriteChapterDocx(chapter));
    }
}
