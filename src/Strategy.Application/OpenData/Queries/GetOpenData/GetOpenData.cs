using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Text;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Strategies;

namespace Strategy.Application.OpenData.Queries.GetOpenData;

/// <summary>
/// The gmina's open data (ustawa o otwartych danych): the approved values of the indicators of its adopted
/// strategies, a row per indicator and year. Only a gmina that publishes its pages has them, and members read
/// exactly what the public reads: nothing unpublished or unapproved ever gets into the files.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record GetOpenDataQuery : IQuery<OpenDataSet>;

/// <param name="Modified">When the data last changed, as far as the values tell: the latest year with a value; null without any.</param>
public sealed record OpenDataSet(string Gmina, string Teryt, string Identifier, IReadOnlyList<OpenDataRow> Rows, int? LatestYear);

/// <param name="Value">The number; null when the value is "brak danych" or given only by its parts (<see cref="Note"/>, <see cref="Parts"/>).</param>
/// <param name="Parts">The value's breakdown as reported ("bezrobocia: 300", "ubóstwa: 331"), in its order; empty without one.</param>
public sealed record OpenDataRow(string Gmina, string Teryt, string Strategy, string ElementCode, string Indicator, string? Unit, int Year, decimal? Value, IReadOnlyList<OpenDataPart> Parts, string? Note, string Source, string Licence);

public sealed record OpenDataPart(string Label, decimal Value, string? Unit);

public sealed class GetOpenDataHandler(IAppDbContext db, ITenantContext tenant, ITenantDataCache cache) : IQueryHandler<GetOpenDataQuery, OpenDataSet>
{
    /// <summary>Public sector data with no conditions attached (art. 11 of the act allows conditions; the gmina sets none here).</summary>
    public const string Licence = "CC0 1.0";

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
                Licence))
            .ToList();
        return new OpenDataSet(gmina.Name, gmina.TerytCode, gmina.Identifier, data, data.Count == 0 ? null : data.Max(r => r.Year));
    }
}
