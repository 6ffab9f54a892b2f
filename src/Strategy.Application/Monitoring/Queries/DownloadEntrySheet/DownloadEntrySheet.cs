using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Monitoring.Spreadsheet;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Monitoring.Queries.DownloadEntrySheet;

/// <summary>The caller's to-do list of a round as a spreadsheet (XLSX or CSV) to fill in and upload.</summary>
[RequiresPermission(Permission.ReportData)]
public sealed record DownloadEntrySheetQuery(Guid RoundId, StrategyFileFormat Format) : IQuery<StrategyFile>;

public sealed class DownloadEntrySheetHandler(IAppDbContext db, ICurrentUser user, IXlsxFiles xlsx) : IQueryHandler<DownloadEntrySheetQuery, StrategyFile>
{
    public async ValueTask<StrategyFile> Handle(DownloadEntrySheetQuery query, CancellationToken cancellationToken)
    {
        var tasks = await ReportingTaskReader.ReadAsync(db, user, query.RoundId, null, cancellationToken);
        var sheet = EntrySheet.Build(tasks, ReviewStatusText.Of);
        return query.Format == StrategyFileFormat.Csv
            ? new StrategyFile("wartosci.csv", StrategyFileWriter.CsvContentType, CsvFile.WriteUtf8WithBom([sheet.Header, .. sheet.Rows]))
            : new StrategyFile("wartosci.xlsx", StrategyFileWriter.XlsxContentType, xlsx.Write([sheet]));
    }
}
