using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// A scope's database context, rented from the pool for the scope's gmina and returned to the pool when
/// the scope ends — by this alone (see <see cref="AppDbContext.Dispose"/>). The container creates this
/// before the context and so disposes it after every other holder of the context.
/// </summary>
public sealed class ScopedAppDbContext(IDbContextFactory<AppDbContext> pool, ITenantContext tenant) : IDisposable, IAsyncDisposable
{
    public AppDbContext Context { get; } = pool.CreateDbContext().RentedBy(tenant);

    public void Dispose() => Context.Return();

    public ValueTask DisposeAsync() => Context.ReturnAsync();
}
