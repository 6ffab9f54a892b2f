using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Queries.ExportStrategy;

/// <summary>
/// A strategy as a file to import again, in this gmina or another: in the strategy model format
/// (JSON, everything unchanged) or as a spreadsheet (XLSX, CSV) to correct or extend by hand.
/// The public exports only an adopted strategy.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
public sealed record ExportStrategyQuery(Guid Id, StrategyFileFormat Format = StrategyFileFormat.Json) : IQuery<StrategyFile>;

public sealed class ExportStrategyHandler(IAppDbContext db, ITenantContext tenant, StrategyFileWriter files, Audience audience) : IQueryHandler<ExportStrategyQuery, StrategyFile>
{
    public async ValueTask<StrategyFile> Handle(ExportStrategyQuery query, CancellationToken cancellationToken) =>
        files.Write(await ModelAsync(query.Id, cancellationToken), query.Format, $"strategia-{tenant.Current?.Identifier}");

    private async Task<StrategyModel> ModelAsync(Guid id, CancellationToken cancellationToken)
    {
        var tree = await StrategyTreeReader.ReadAsync(db, id, cancellationToken) is { } found && await audience.MaySeeAsync(found.Strategy.Status, cancellationToken)
            ? found
            : throw new NotFoundException("strategia", id);
        var narratives = await db.Elements.AsNoTracking()
            .Where(e => e.StrategyId == id && e.Narrative != null)
            .ToDictionaryAsync(e => e.Id, e => e.Narrative!, cancellationToken);
        var s = tree.Strategy;
        var chapters = await db.Strategies.AsNoTracking().Where(x => x.Id == id).Select(x => x.Chapters).SingleAsync(cancellationToken);

        ElementModel Element(ElementDto e) => new(
            e.Code,
            e.Title,
            e.Statement,
            narratives.GetValueOrDefault(e.Id),
            NullIfEmpty(e.Coordinators),
            NullIfEmpty(e.Partners),
            NullIfEmpty(e.Implementers),
            NullIfEmpty(e.Indicators.Select(Indicator).ToList()),
            NullIfEmpty(e.Children.Select(Element).ToList()),
            e.Funding,
            e.TimeFrame);

        return new StrategyModel(
            FormatVersion: 1,
            s.Title,
            tree.Levels.Select(l => l.Name).ToList(),
            tree.Roots.Select(Element).ToList(),
            s.PeriodStart,
            s.PeriodEnd,
            s.AdoptionResolution,
            s.Status == StrategyStatus.Adopted ? "adopted" : null,
            s.Source,
            NullIfEmpty(chapters.Select(c => new ChapterModel(c.Heading, c.Place)).ToList()));
    }

    private static IndicatorModel Indicator(IndicatorDto i) => new(
        i.Name,
        i.Unit,
        i.DataSource,
        i.Supplier,
        i.Direction switch
        {
            IndicatorDirection.Increase => "increase",
            IndicatorDirection.Decrease => "decrease",
            _ => null,
        },
        i.Baseline is { } b ? new YearValueModel(b.Year, Plain(b.Value)) : null,
        i.Target is { } t ? new YearValueModel(t.Year, Plain(t.Value)) : null,
        NullIfEmpty(i.Measurements.Select(m => new MeasurementModel(
            m.Year, m.Value is { } v ? Plain(v) : null, m.Unit, m.NoData, m.NoDataReason, m.Note,
            NullIfEmpty(m.Parts.Select(p => new PartModel(p.Label, Plain(p.Value), p.Unit)).ToList()))).ToList()));

    /// <summary>836 rather than 836.0000: the stored scale is the database's, not the document's.</summary>
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    // The format leaves out what is empty.
    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;
}
