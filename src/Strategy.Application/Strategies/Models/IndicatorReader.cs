using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Strategies.Models;

/// <summary>Loads a set of indicators with their measurements (by year) and breakdowns, grouped by element.</summary>
public static class IndicatorReader
{
    /// <summary>One SQL command: the indicators with their supplier, measurements and breakdowns.</summary>
    public static async Task<ILookup<Guid, IndicatorDto>> ReadAsync(IAppDbContext db, IQueryable<Indicator> indicators, CancellationToken ct)
    {
        var rows = await indicators.AsNoTracking()
            .Include(i => i.SupplierInstitution)
            .Include(i => i.Measurements.OrderBy(m => m.Year)).ThenInclude(m => m.Parts.OrderBy(p => p.Order))
            .OrderBy(i => i.Order)
            .ToListAsync(ct);

        return rows.ToLookup(
            i => i.ElementId,
            i => new IndicatorDto(
                i.Id,
                i.Name,
                i.Unit,
                i.DataSource,
                i.SupplierInstitution?.Name,
                i.Direction,
                YearValue(i.BaselineYear, i.BaselineValue),
                YearValue(i.TargetYear, i.TargetValue),
                i.Measurements.Select(DtoMapper.ToDto).ToList()));
    }

    private static YearValueDto? YearValue(int? year, decimal? value) =>
        year is { } y && value is { } v ? new YearValueDto(y, v) : null;
}
