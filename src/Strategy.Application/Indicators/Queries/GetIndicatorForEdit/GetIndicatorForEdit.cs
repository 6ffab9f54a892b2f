using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Models;
using Strategy.Application.Indicators;
using Strategy.Application.Institutions;

namespace Strategy.Application.Indicators.Queries.GetIndicatorForEdit;

/// <summary>
/// An indicator's definition and version, for those who may edit it (the edit form), with the
/// gmina's institutions that may be named as the supplier of its values, and the metric catalogue it may be mapped to.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetIndicatorForEditQuery(Guid Id) : IQuery<IndicatorForEditDto>;

/// <param name="BenchmarkMetricCode">The catalogue metric the indicator is mapped to (null: none), one of <paramref name="Metrics"/>.</param>
public sealed record IndicatorForEditDto(EditedIndicatorDto Indicator, IReadOnlyList<InstitutionDto> Institutions, string? BenchmarkMetricCode, IReadOnlyList<BenchmarkMetricDto> Metrics);

public sealed class GetIndicatorForEditHandler(IAppDbContext db) : IQueryHandler<GetIndicatorForEditQuery, IndicatorForEditDto>
{
    public async ValueTask<IndicatorForEditDto> Handle(GetIndicatorForEditQuery query, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking()
            .Where(i => i.Id == query.Id)
            .Select(i => new EditedIndicatorDto(
                i.Id,
                i.Name,
                i.Unit,
                i.DataSource,
                i.Direction,
                i.BaselineYear != null && i.BaselineValue != null ? new YearValueDto(i.BaselineYear.Value, i.BaselineValue.Value) : null,
                i.TargetYear != null && i.TargetValue != null ? new YearValueDto(i.TargetYear.Value, i.TargetValue.Value) : null,
                i.SupplierInstitutionId,
                i.SupplierInstitution == null ? null : i.SupplierInstitution.Name,
                i.Version,
                i.Kind))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("wskaźnik", query.Id);

        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        var institutions = (await db.Institutions.AsNoTracking().Select(i => new InstitutionDto(i.Id, i.Name)).ToListAsync(cancellationToken))
            .OrderBy(i => i.Name, polish).ToList();
        var metricCode = await db.Indicators.AsNoTracking()
            .Where(i => i.Id == query.Id)
            .Join(db.BenchmarkMetrics, i => i.BenchmarkMetricId, m => (Guid?)m.Id, (i, m) => m.Code)
            .SingleOrDefaultAsync(cancellationToken);
        var metrics = (await db.BenchmarkMetrics.AsNoTracking().ToListAsync(cancellationToken))
            .Select(DtoMapper.ToDto).OrderBy(m => m.NamePl, polish).ToList();
        return new IndicatorForEditDto(indicator, institutions, metricCode, metrics);
    }
}
