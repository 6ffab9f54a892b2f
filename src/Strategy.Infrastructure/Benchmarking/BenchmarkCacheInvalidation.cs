using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Benchmarking;

/// <summary>
/// Expires the benchmark cache after a save that touched what comparisons are made of — values,
/// population, mappings, consent, a strategy's status, the catalogue — whichever use case saved it.
/// Only after the save succeeded, so that a reader cannot reload the old rows into a fresh entry.
/// </summary>
public sealed class BenchmarkCacheInvalidation(BenchmarkCache cache) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Relevant =
        [typeof(Measurement), typeof(PopulationFigure), typeof(Indicator), typeof(Tenant), typeof(BenchmarkMetric), typeof(MunicipalStrategy)];

    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Expire(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Expire(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Relevant.Contains(e.Metadata.ClrType)))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    private void Expire(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            cache.Invalidate();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
