using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Infrastructure.Benchmarking;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// After a save, whichever use case made it, drops what this replica cached from the rows it changed:
/// the anonymous pages of every gmina whose rows (or catalogue entry) changed, and the benchmark cache
/// when a row of an <see cref="IBenchmarkInput"/> changed. Only after
/// the save succeeded, so that a reader cannot cache the old rows again in between. A host that
/// serves no pages registers no page cache.
/// </summary>
public sealed class CacheEviction(BenchmarkCache benchmarks, IEnumerable<IPublicPageCache> publicPages) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Changes> _pending = [];

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
        ExpireAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ExpireAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = ChangedTenants.Entries(context.ChangeTracker);
        if (changed.Count == 0)
        {
            return;
        }

        var tenants = ChangedTenants.Of(changed);
        _pending.AddOrUpdate(context, new Changes(changed.Any(e => e.Entity is IBenchmarkInput), tenants));
    }

    private async ValueTask ExpireAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
        {
            return;
        }

        _pending.Remove(context);
        if (changes.Benchmarks)
        {
            benchmarks.Invalidate();
        }

        foreach (var pages in publicPages)
        {
            foreach (var tenant in changes.Tenants)
            {
                await pages.EvictAsync(tenant, ct);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed record Changes(bool Benchmarks, IReadOnlySet<Guid> Tenants);
}
