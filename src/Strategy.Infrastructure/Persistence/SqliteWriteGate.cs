using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// One save at a time per SQLite file, queued in the process. SQLite has one writer; left to itself, a save that
/// finds the lock held sleeps in SQLite's busy handler in steps up to 100 ms and blocks its thread meanwhile:
/// at 16 concurrent writers p99 was 100–120 ms with the lock held 2 ms per save (bench/README.md, (e)). Waiting
/// here, a save starts the moment the one before it ends. A save inside an explicit transaction is not queued:
/// it already holds the lock, and queueing it behind a save waiting for that lock would deadlock.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    public static async ValueTask<Turn?> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (Gate(db) is not { } gate)
        {
            return null;
        }

        await gate.WaitAsync(ct);
        return new Turn(gate);
    }

    public static Turn? Enter(DbContext db)
    {
        if (Gate(db) is not { } gate)
        {
            return null;
        }

        gate.Wait();
        return new Turn(gate);
    }

    private static SemaphoreSlim? Gate(DbContext db) =>
        db.Database.IsSqlite() && db.Database.CurrentTransaction is null
            ? Files.GetOrAdd(db.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1))
            : null;

    public sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
