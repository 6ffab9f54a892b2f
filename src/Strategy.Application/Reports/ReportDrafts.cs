using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Reports;

namespace Strategy.Application.Reports;

internal static class ReportDrafts
{
    /// <summary>
    /// The year's working copy, expected at the version the person read; a new one for version 0.
    /// Two people starting the same report at once make one (unique index), the other gets a conflict.
    /// </summary>
    public static async Task<AnnualReport> ForAsync(IAppDbContext db, Guid strategyId, int year, int version, CancellationToken ct)
    {
        var report = await db.AnnualReports.SingleOrDefaultAsync(r => r.StrategyId == strategyId && r.Year == year, ct);
        VersionCheck.Ensure(VersionOf(report), version, () => new(
            "zapisał albo opublikował ten raport", report is null ? "Teraz raport nie jest zapisany" : $"Opublikowane teraz wersje: {report.PublishedVersions}", null));

        if (report is null)
        {
            report = new AnnualReport(strategyId, year);
            db.AnnualReports.Add(report);
        }

        return report;
    }

    /// <summary>
    /// The version people see: 0 while nobody has written the report, then counting from 1 — a stored
    /// record starts at version 0, which must not read as "not written yet".
    /// </summary>
    public static int VersionOf(AnnualReport? report) => report is null ? 0 : report.Version + 1;
}
