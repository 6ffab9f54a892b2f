using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
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
        if (VersionOf(report) != version)
        {
            throw new ConflictException(
                report is null
                    ? "Tego raportu nikt jeszcze nie zapisał: odśwież stronę i spróbuj ponownie."
                    : $"Ktoś inny zapisał albo opublikował ten raport w międzyczasie (opublikowane wersje: {report.PublishedVersions}). Twoje zmiany nie zostały zapisane: odśwież stronę, porównaj i zapisz ponownie.",
                VersionOf(report),
                null);
        }

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
