using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Benchmarking.Queries.ListBenchmarks;

/// <summary>The metrics a gmina can be compared on, those it has values for marked (its population counts for the population metric).</summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record ListBenchmarksQuery : IQuery<IReadOnlyList<BenchmarkMetricChoiceDto>>;

public sealed class ListBenchmarksHandler(IAppDbContext db) : IQueryHandler<ListBenchmarksQuery, IReadOnlyList<BenchmarkMetricChoiceDto>>
{
    public async ValueTask<IReadOnlyList<BenchmarkMetricChoiceDto>> Handle(ListBenchmarksQuery query, CancellationToken cancellationToken)
    {
        var mapped = await db.Indicators.Where(i => i.BenchmarkMetricId != null).Select(i => i.BenchmarkMetricId!.Value).Distinct().ToListAsync(cancellationToken);
        var hasPopulation = await db.PopulationFigures.AnyAsync(cancellationToken);
        var metrics = await db.BenchmarkMetrics.AsNoTracking().ToListAsync(cancellationToken);
        return metrics
            .Select(m => new BenchmarkMetricChoiceDto(m.Code, m.NamePl, m.NameEn, m.Unit, m.Normalisation, m.Direction,
                mapped.Contains(m.Id) || (m.Code == BenchmarkMetric.PopulationCode && hasPopulation)))
            .OrderByDescending(m => m.MappedHere)
            .ThenBy(m => m.NamePl, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true))
            .ToList();
    }
}
