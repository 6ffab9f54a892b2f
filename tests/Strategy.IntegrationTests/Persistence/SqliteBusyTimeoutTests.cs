using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// Every connection the app opens lets SQLite wait for a held write lock (bench/README.md, (e)): without it a
/// writer behind another slept 150 ms at a time in Microsoft.Data.Sqlite's own retry.
/// </summary>
public sealed class SqliteBusyTimeoutTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_connection_opened_again_from_the_pool_still_waits_for_the_lock()
    {
        for (var open = 0; open < 3; open++)
        {
            var timeout = await app.InTenantAsync(null, async db =>
            {
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
                try
                {
                    await using DbCommand command = connection.CreateCommand();
                    command.CommandText = "PRAGMA busy_timeout;";
                    return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });

            Assert.Equal(30_000, timeout);
        }
    }
}
