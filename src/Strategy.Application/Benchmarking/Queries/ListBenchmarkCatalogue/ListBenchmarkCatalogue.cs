using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Benchmarking;

namespace Strategy.Application.Benchmarking.Queries.ListBenchmarkCatalogue;

/// <summary>The catalogue as platform admins keep it: each metric with how many gminy's indicators are mapped to it.</summary>
[RequiresPermission(Permission.ManageBenchmarkCatalogue)]
public sealed record ListBenchmarkCatalogueQuery : IQuery<IReadOnlyList<BenchmarkCatalogueEntryDto>>;

public sealed class ListBenchmarkCatalogueHandler(IAppDbContext db, IBenchmarkMetricUsage usage)
    : IQueryHandler<ListBenchmarkCatalogueQuery, IReadOnlyList<BenchmarkCatalogueEntryDto>>
{
    public async ValueTask<IReadOnlyList<BenchmarkCatalogueEntryDto>> Handle(ListBenchmarkCatalogueQuery query, CancellationToken cancellationToken)
    {
        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        var metrics = await db.BenchmarkMetrics.AsNoTracking().ToListAsync(cancellationToken);
        var mapped = await usage.MappedIndicatorsAsync(cancellationToken);
        return metrics
            .Select(m => new BenchmarkCatalogueEntryDto(m.ToDto(), mapped.GetValueOrDefault(m.Id)))
            .OrderBy(e => e.Metric.NamePl, polish)
            .ToList();
    }
}
