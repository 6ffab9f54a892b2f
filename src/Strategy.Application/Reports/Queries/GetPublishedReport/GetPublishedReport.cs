using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Reports.Queries.GetPublishedReport;

/// <summary>A published version of a year's report exactly as it was published, with the year's other versions.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetPublishedReportQuery(Guid StrategyId, int Year, int Number) : IQuery<PublishedReportDto>;

public sealed record PublishedReportDto(Guid StrategyId, PublishedVersionDto Version, AnnualReportModel Report, IReadOnlyList<PublishedVersionDto> Versions);

public sealed class GetPublishedReportHandler(IAppDbContext db, Audience audience) : IQueryHandler<GetPublishedReportQuery, PublishedReportDto>
{
    public async ValueTask<PublishedReportDto> Handle(GetPublishedReportQuery query, CancellationToken cancellationToken)
    {
        await PublishedVersions.EnsureVisibleAsync(db, audience, query.StrategyId, cancellationToken);
        var published = await db.PublishedReports.AsNoTracking()
            .Where(r => r.StrategyId == query.StrategyId && r.Year == query.Year && r.Number == query.Number)
            .Select(r => new { r.Content, Version = new PublishedVersionDto(r.Year, r.Number, r.PublishedAt, r.PublishedBy) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("raport", $"{query.Year}/{query.Number}");
        var versions = await PublishedVersions.OfAsync(db, query.StrategyId, query.Year, cancellationToken);
        return new PublishedReportDto(query.StrategyId, published.Version, ReportContent.Thaw(published.Content), versions);
    }
}

/// <summary>The Word file of a published version, as it was published.</summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetPublishedReportDocumentQuery(Guid StrategyId, int Year, int Number) : IQuery<ReportFileDto>;

public sealed class GetPublishedReportDocumentHandler(IAppDbContext db, Audience audience) : IQueryHandler<GetPublishedReportDocumentQuery, ReportFileDto>
{
    public async ValueTask<ReportFileDto> Handle(GetPublishedReportDocumentQuery query, CancellationToken cancellationToken)
    {
        await PublishedVersions.EnsureVisibleAsync(db, audience, query.StrategyId, cancellationToken);
        var document = await db.PublishedReports.AsNoTracking()
            .Where(r => r.StrategyId == query.StrategyId && r.Year == query.Year && r.Number == query.Number)
            .Select(r => r.Document)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("raport", $"{query.Year}/{query.Number}");
        return new ReportFileDto(ReportFiles.Name(query.Year, query.Number), document);
    }
}
