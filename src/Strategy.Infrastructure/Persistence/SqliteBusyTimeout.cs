using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without a busy timeout on the connection, Microsoft.Data.Sqlite
/// meets a held lock with its own retry, which sleeps 150 ms between attempts: at 16 concurrent writers a save
/// took 240 ms at the median and a second at p99 (bench/README.md, (e)); SQLite's handler retries within
/// milliseconds. Set once per native connection: the pool hands the same one out again with the setting kept,
/// and every page opens a connection, so the statement is not repeated on each request.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static SqliteBusyTimeout Instance { get; } = new();

    /// <summary>As long as the ADO.NET default command timeout: a writer waits for the lock at most that long.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

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
