using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Text;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Strategies;
using Strategy.Application.OpenData;

namespace Strategy.Application.OpenData.Queries.GetOpenData;

/// <summary>
/// The gmina's open data (ustawa o otwartych danych): the approved values of the indicators of its adopted
/// strategies, a row per indicator and year. Only a gmina that publishes its pages has them, and members read
/// exactly what the public reads: nothing unpublished or unapproved ever gets into the files.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetOpenDataQuery : IQuery<OpenDataSet>;

public sealed class GetOpenDataHandler(IAppDbContext db, ITenantContext tenant, ITenantDataCache cache) : IQueryHandler<GetOpenDataQuery, OpenDataSet>
{
    public const string OfficialSource = "GUS, Bank Danych Lokalnych";

    public async ValueTask<OpenDataSet> Handle(GetOpenDataQuery query, CancellationToken cancellationToken)
    {
        var gmina = tenant.Current!;
        if (!gmina.PublicPagesEnabled)
        {
            // Not published: as if there were nothing, for members too.
            throw new NotFoundException("otwarte dane gminy", gmina.Identifier);
        }

        return await cache.GetOrBuildAsync("open-data", ct => BuildAsync(gmina, ct), cancellationToken);
    }

    private async Task<OpenDataSet> BuildAsync(TenantInfo gmina, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Measurements.AsNoTracking()
                join i in db.Indicators on m.IndicatorId equals i.Id
                join e in db.Elements on i.ElementId equals e.Id
                join s in db.Strategies on e.StrategyId equals s.Id
                where s.Status == StrategyStatus.Adopted
                select new
                {
                    MeasurementId = m.Id,
                    ElementId = e.Id,
                    Strategy = s.Title,
                    e.Code,
                    i.Name,
                    Unit = m.Unit ?? i.Unit,
                    m.Year,
                    m.Value,
                    m.NoData,
                    m.NoDataReason,
                    m.Note,
                    m.Source,
                    i.DataSource,
                })
            .ToListAsync(cancellationToken);

        // An archived element is off the public pages, so its values are off the files too.
        var active = ElementActivity.ActiveIds((await db.Elements.AsNoTracking()
                .Where(e => db.Strategies.Any(s => s.Id == e.StrategyId && s.Status == StrategyStatus.Adopted))
                .Select(e => new { e.Id, e.ParentId, Archived = e.ArchivedAt != null })
                .ToListAsync(cancellationToken))
            .Select(e => (e.Id, e.ParentId, e.Archived)));
        var ids = rows.Select(r => r.MeasurementId).ToList();
        var parts = (await db.MeasurementParts.AsNoTracking().Where(p => ids.Contains(p.MeasurementId)).OrderBy(p => p.Order)
                .Select(p => new { p.MeasurementId, Part = new OpenDataPart(p.Label, p.Value, p.Unit) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.MeasurementId, p => p.Part);
        var data = rows
            .Where(r => active.Contains(r.ElementId))
            .OrderBy(r => r.Strategy, PolishText.Comparer)
            .ThenBy(r => r.Code, ElementCodeComparer.Instance)
            .ThenBy(r => r.Name, PolishText.Comparer)
            .ThenBy(r => r.Year)
            .Select(r => new OpenDataRow(
                gmina.Name,
                gmina.TerytCode,
                r.Strategy,
                r.Code,
                r.Name,
                r.Unit,
                r.Year,
                r.NoData ? null : r.Value,
                [.. parts[r.MeasurementId]],
                r.NoData ? "brak danych" + (string.IsNullOrWhiteSpace(r.NoDataReason) ? "" : ": " + r.NoDataReason) : r.Note,
                r.Source == ValueSource.Bdl ? OfficialSource : r.DataSource ?? "dane gminy",
                OpenDataSet.Licence))
            .ToList();
        return new OpenDataSet(gmina.Name, gmina.TerytCode, gmina.Identifier, data, data.Count == 0 ? null : data.Max(r => r.Year));
    }
}
