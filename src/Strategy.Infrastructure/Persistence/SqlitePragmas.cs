using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// How the app's connections to a SQLite file behave, set once per native connection: the pool hands the same one
/// out again with the settings kept, and every page opens a connection, so the statements are not repeated on each
/// request.
/// <list type="bullet">
/// <item>A busy timeout lets SQLite itself wait for the write lock. Without it Microsoft.Data.Sqlite meets a held
/// lock with its own retry, which sleeps 150 ms between attempts: at 16 concurrent writers a save took 240 ms at
/// the median and a second at p99 (bench/README.md, (e)).</item>
/// <item>The write-ahead log (EF Core creates the file so; an older file is switched) with <c>synchronous = NORMAL</c>:
/// a commit is appended to the log without a flush of its own, the log is flushed at checkpoints. The database stays
/// consistent after a crash of the app, the system or the power; what the last commits before a power loss wrote may
/// be rolled back (sqlite.org/pragma.html#pragma_synchronous). The flush was half the time a save held the write queue
/// (<see cref="SqliteWriteGate"/>): 2.3–3.0 ms against 1.3–1.7 ms. SQLite is the embedded database of one replica;
/// production runs on Azure SQL (ADR 0023).</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    /// <summary>The busy timeout as long as the ADO.NET default command timeout: a writer waits for the lock at most that long.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection) is { } command)
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection) is { } command)
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static DbCommand? FirstOpen(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || !Done.TryAdd(handle, Done))
        {
            return null;
        }

        var command = connection.CreateCommand();
        command.CommandText = Pragma;
        return command;
    }
}
