using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// Every connection the app opens lets SQLite wait for a held write lock (bench/README.md, (e)): without it a
/// writer behind another slept 150 ms at a time in Microsoft.Data.Sqlite's own retry. And it commits to the
/// write-ahead log without a flush to disk of its own (synchronous = NORMAL, 1), which halved the time a save holds the write queue.
/// </summary>
public sealed class SqlitePragmasTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_connection_opened_again_from_the_pool_still_waits_for_the_lock_and_commits_to_the_log_without_a_flush()
    {
        for (var open = 0; open < 3; open++)
        {
            var pragmas = await app.InTenantAsync(null, async db =>
            {
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
                try
                {
                    return (await PragmaAsync(connection, "busy_timeout"), await PragmaAsync(connection, "synchronous"), await PragmaAsync(connection, "journal_mode"));
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });

            Assert.Equal((30_000L, 1L, "wal"), pragmas);
        }
    }

    private static async Task<object?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
