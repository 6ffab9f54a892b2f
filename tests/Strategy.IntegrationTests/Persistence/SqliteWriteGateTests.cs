using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Messaging;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// Saves to the SQLite file queue in the process, one at a time (bench/README.md, (e)); a save inside an explicit
/// transaction, which already holds SQLite's lock, is not queued behind them, so neither side waits for the other.
/// </summary>
public sealed class SqliteWriteGateTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task Sixteen_saves_at_once_and_one_in_a_transaction_are_all_stored()
    {
        var subject = $"kolejka-{Guid.NewGuid():N}";
        var saves = Enumerable.Range(0, 16).Select(n => app.InTenantAsync(null, async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage("ktos@example.pl", subject, $"Treść {n}", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }));
        var inTransaction = app.InTenantAsync(null, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.OutboxMessages.Add(new OutboxMessage("ktos@example.pl", subject, "W transakcji", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            db.OutboxMessages.Add(new OutboxMessage("ktos@example.pl", subject, "W transakcji, drugi zapis", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        await Task.WhenAll(saves.Append(inTransaction)).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal(18, await app.InTenantAsync(null, db => db.OutboxMessages.CountAsync(m => m.Subject == subject)));
    }
}
