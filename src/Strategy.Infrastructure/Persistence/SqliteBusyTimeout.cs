using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without a busy timeout on the connection, Microsoft.Data.Sqlite
/// meets a held lock with its own retry, which sleeps 150 ms between attempts: at 16 concurrent writers a save
/// took 240 ms at the median and a second at p99 (bench/README.md, (e)); SQLite's handler retries within
/// milliseconds. Set on every open: a pooled connection keeps it, and the statement costs microseconds.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static SqliteBusyTimeout Instance { get; } = new();

    /// <summary>As long as the ADO.NET default command timeout: a writer waits for the lock at most that long.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
