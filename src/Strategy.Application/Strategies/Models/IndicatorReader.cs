using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Strategies.Models;

/// <summary>Loads a set of indicators with their measurements (by year) and breakdowns, grouped by element.</summary>
public static class IndicatorReader
{
    public static async Task<ILookup<Guid, IndicatorDto>> ReadAsync(IAppDbContext db, IQueryable<Indicator> indicators, CancellationToken ct)
    {
        var rows = await indicators.AsNoTracking()
            .OrderBy(i => i.Order)
            .Select(i => new { Indicator = i, Supplier = i.SupplierInstitution == null ? null : i.SupplierInstitution.Name })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Indicator.Id).ToList();
        var measurements = await db.Measurements.AsNoTracking()
            .Where(m => ids.Contains(m.IndicatorId))
            .Include(m => m.Parts.OrderBy(p => p.Order))
            .OrderBy(m => m.Year)
            .ToListAsync(ct);
        var measurementsOf = measurements.ToLookup(m => m.IndicatorId, DtoMapper.ToDto);

        return rows.ToLookup(
            r => r.Indicator.ElementId,
            r => new IndicatorDto(
                r.Indicator.Id,
                r.Indicator.Name,
                r.Indicator.Unit,
                r.Indicator.DataSource,
                r.Supplier,
                r.Indicator.Direction,
                YearValue(r.Indicator.BaselineYear, r.Indicator.BaselineValue),
                YearValue(r.Indicator.TargetYear, r.Indicator.TargetValue),
                measurementsOf[r.Indicator.Id].ToList()));
    }

    private static YearValueDto? YearValue(int? year, decimal? value) =>
        year is { } y && value is { } v ? new YearValueDto(y, v) : null;
}
