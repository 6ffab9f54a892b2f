using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// Lifts SQL Server row-level security for this scope's context while the returned handle lives:
/// it audits the reason first (in its own unit of work, so the event stays whatever the work does and
/// none of the caller's pending changes are saved with it), sets <c>RlsBypass</c> = 1 on the session
/// (at once if the connection is open, otherwise at the next open) and clears it on dispose. On SQLite
/// there is no row-level security: only the audit event is written. One event per reason and request: a page
/// that counts a catalogue three times is one bypass to the person reading the log.
/// </summary>
public sealed class RowLevelSecurityBypass(AppDbContext db, ITenantContext tenant, ICurrentUser user, IServiceScopeFactory scopes) : IRowLevelSecurityBypass
{
    private readonly HashSet<string> _audited = new(StringComparer.Ordinal);

    public async ValueTask<IAsyncDisposable> EnterAsync(string reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (db.RowLevelSecurityBypassed)
        {
            throw new InvalidOperationException("The row-level security bypass is already in force for this unit of work; it does not nest.");
        }

        if (_audited.Add(reason))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .RecordNowAsync(AuditActions.RowLevelSecurityBypass, tenant.Current?.Id, user.UserId, user.Name, reason, ct);
        }

        db.RowLevelSecurityBypassed = true;
        try
        {
            await TenantSessionContextInterceptor.ApplyAsync(db, ct);
        }
        catch
        {
            db.RowLevelSecurityBypassed = false;
            throw;
        }

        return new Exit(db);
    }

    private sealed class Exit(AppDbContext db) : IAsyncDisposable
    {
        private bool _done;

        public async ValueTask DisposeAsync()
        {
            if (_done)
            {
                return;
            }

            _done = true;
            db.RowLevelSecurityBypassed = false;
            await TenantSessionContextInterceptor.ApplyAsync(db, CancellationToken.None);
        }
    }
}
