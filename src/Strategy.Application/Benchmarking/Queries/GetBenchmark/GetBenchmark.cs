using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Benchmarking.Queries.GetBenchmark;

/// <summary>
/// The current gmina against every gmina that shares the metric in a year (the latest with values when
/// none is asked for), optionally only peers of the same type, voivodeship or size class. For the
/// gmina's own people and API clients: what other gminy share is shared with gminy, not with the public.
/// A sharing gmina's comparison is built once per replica while the shared values last; a gmina that
/// does not share has its own rows read afresh each time, so it is built each time.
/// </summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetBenchmarkQuery(string MetricCode, int? Year, bool SameKind = false, bool SameVoivodeship = false, bool SameClass = false) : IQuery<BenchmarkDto>;

public sealed class GetBenchmarkHandler(IAppDbContext db, ITenantContext tenant, ISharedBenchmarkValues shared, IBenchmarkComparisonCache comparisons)
    : IQueryHandler<GetBenchmarkQuery, BenchmarkDto>
{
    public async ValueTask<BenchmarkDto> Handle(GetBenchmarkQuery query, CancellationToken cancellationToken)
    {
        var current = tenant.Current ?? throw new InvalidOperationException("A benchmark is read inside a gmina.");
        var metric = await db.BenchmarkMetrics.AsNoTracking().SingleOrDefaultAsync(m => m.Code == query.MetricCode, cancellationToken)
            ?? throw new NotFoundException("miernik porównawczy", query.MetricCode);
        var sharesMine = await db.Tenants.Where(t => t.Id == current.Id).Select(t => t.SharesBenchmarks).SingleAsync(cancellationToken);
        var filter = new PeerFilterDto(query.SameKind, query.SameVoivodeship, query.SameClass);

        async Task<BenchmarkDto> Build(CancellationToken ct) =>
            BenchmarkComparison.Build(metric, current, sharesMine, await shared.ReadAsync(metric, current, sharesMine, ct), query.Year, filter);

        return sharesMine
            ? await comparisons.GetOrBuildAsync(new BenchmarkComparisonKey(metric.Id, current.Id, query.Year, filter), Build, cancellationToken)
            : await Build(cancellationToken);
    }
}
