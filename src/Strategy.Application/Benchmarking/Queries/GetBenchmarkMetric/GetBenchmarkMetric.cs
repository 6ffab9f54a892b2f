using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Benchmarking.Queries.GetBenchmarkMetric;

/// <summary>One metric of the catalogue by its code.</summary>
[RequiresSignIn(IncludingApiClients = true)]
public sealed record GetBenchmarkMetricQuery(string Code) : IQuery<BenchmarkMetricDto>;

public sealed class GetBenchmarkMetricHandler(IAppDbContext db) : IQueryHandler<GetBenchmarkMetricQuery, BenchmarkMetricDto>
{
    public async ValueTask<BenchmarkMetricDto> Handle(GetBenchmarkMetricQuery query, CancellationToken cancellationToken) =>
        (await db.BenchmarkMetrics.AsNoTracking().SingleOrDefaultAsync(m => m.Code == query.Code, cancellationToken)
            ?? throw new NotFoundException("miernik", query.Code)).ToDto();
}
