using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Strategy.Domain.Messaging;
using Strategy.Infrastructure.Messaging;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Messaging;

/// <summary>Several replicas each run an outbox dispatcher over the one database: a message goes out once.</summary>
public sealed class OutboxReplicaTests(OutboxReplicaTests.QuietOutbox app) : IClassFixture<OutboxReplicaTests.QuietOutbox>
{
    [Fact]
    public async Task Two_dispatchers_racing_over_one_message_send_it_once()
    {
        var id = await QueueAsync("Wyścig");
        var transport = new CountingTransport(failFirst: false);

        var sent = await Task.WhenAll(Dispatcher(transport).DispatchAsync(default), Dispatcher(transport).DispatchAsync(default));

        Assert.Equal(1, transport.Sent.Count(s => s == id));
        Assert.Equal(1, sent.Sum());
        Assert.NotNull(await app.InTenantAsync(null, db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.SentAt).SingleAsync()));
    }

    [Fact]
    public async Task A_failed_send_lets_the_message_go_for_the_next_pass()
    {
        var id = await QueueAsync("Ponowienie");
        var transport = new CountingTransport(failFirst: true);
        var dispatcher = Dispatcher(transport);

        await dispatcher.DispatchAsync(default);
        var afterFailure = await app.InTenantAsync(null, db => db.OutboxMessages.Where(m => m.Id == id).Select(m => new { m.Attempts, m.ClaimedUntil, m.SentAt }).SingleAsync());
        await dispatcher.DispatchAsync(default);

        Assert.Equal((1, null, null), (afterFailure.Attempts, afterFailure.ClaimedUntil, afterFailure.SentAt));
        Assert.Equal([id], transport.Sent.Where(s => s == id));
    }

    private async Task<Guid> QueueAsync(string subject) =>
        await app.InTenantAsync(null, async db =>
        {
            var message = new OutboxMessage("ktos@example.pl", subject, "Treść", DateTimeOffset.UtcNow);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private OutboxDispatcher Dispatcher(IEmailTransport transport) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<DatabaseInitialiser>(), transport, TimeProvider.System, app.Services.GetRequiredService<IOptions<EmailOptions>>(), NullLogger<OutboxDispatcher>.Instance);

    /// <summary>Records what it sends, slowly enough for two passes to overlap; optionally fails its first send.</summary>
    private sealed class CountingTransport(bool failFirst) : IEmailTransport
    {
        private int _calls;

        public System.Collections.Concurrent.ConcurrentBag<Guid> Sent { get; } = [];

        public async Task SendAsync(OutboxMessage message, CancellationToken ct)
        {
            await Task.Delay(200, ct);
            if (failFirst && Interlocked.Increment(ref _calls) == 1)
            {
                throw new IOException("Serwer SMTP nie odpowiada.");
            }

            Sent.Add(message.Id);
        }
    }

    /// <summary>A host whose own dispatcher passes only at start, so the tests' dispatchers are the only ones at work.</summary>
    public sealed class QuietOutbox : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Email:PollInterval"] = "01:00:00" };
    }
}
