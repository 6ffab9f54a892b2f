using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Benchmarking;

namespace Strategy.Application.Benchmarking.Queries.GetBenchmarkCatalogueEntry;

/// <summary>One metric as platform admins keep it (the edit form): with how many gminy's indicators are mapped to it.</summary>
[RequiresPermission(Permission.ManageBenchmarkCatalogue)]
public sealed record GetBenchmarkCatalogueEntryQuery(string Code) : IQuery<BenchmarkCatalogueEntryDto>;

public sealed class GetBenchmarkCatalogueEntryHandler(IAppDbContext db, IBenchmarkMetricUsage usage) : IQueryHandler<GetBenchmarkCatalogueEntryQuery, BenchmarkCatalogueEntryDto>
{
    public async ValueTask<BenchmarkCatalogueEntryDto> Handle(GetBenchmarkCatalogueEntryQuery query, CancellationToken cancellationToken)
    {
        var metric = await db.BenchmarkMetrics.AsNoTracking().SingleOrDefaultAsync(m => m.Code == query.Code, cancellationToken)
            ?? throw new NotFoundException("miernik", query.Code);
        return new BenchmarkCatalogueEntryDto(metric.ToDto(), await usage.MappedIndicatorsAsync(metric.Id, cancellationToken));
    }
}
