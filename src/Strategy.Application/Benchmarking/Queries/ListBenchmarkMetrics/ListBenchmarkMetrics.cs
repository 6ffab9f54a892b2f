using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Benchmarking.Queries.ListBenchmarkMetrics;

/// <summary>
/// The whole catalogue, by Polish name. Anyone signed in and any gmina's API client may read it:
/// coordinators need it to map their indicators, and it holds no gmina's data.
/// </summary>
[RequiresSignIn(IncludingApiClients = true)]
public sealed record ListBenchmarkMetricsQuery : IQuery<IReadOnlyList<BenchmarkMetricDto>>;

public sealed class ListBenchmarkMetricsHandler(IAppDbContext db) : IQueryHandler<ListBenchmarkMetricsQuery, IReadOnlyList<BenchmarkMetricDto>>
{
    public async ValueTask<IReadOnlyList<BenchmarkMetricDto>> Handle(ListBenchmarkMetricsQuery query, CancellationToken cancellationToken)
    {
        var polish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);
        return (await db.BenchmarkMetrics.AsNoTracking().ToListAsync(cancellationToken))
            .Select(DtoMapper.ToDto)
            .OrderBy(m => m.NamePl, polish)
            .ToList();
    }
}
