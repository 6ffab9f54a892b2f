using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Exceptions;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;

namespace Strategy.Infrastructure.Messaging;

/// <summary>
/// Sends what the outbox holds, oldest first, retrying a failed message a few times. Every replica
/// runs one; a pass first claims its messages for a while (saved with their versions, so of two
/// replicas claiming the same message one is refused and leaves the pass to the other), then sends
/// them. A replica that dies mid-pass leaves its claims to expire; only then may a message go twice.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, DatabaseInitialiser database, IEmailTransport transport, TimeProvider clock, IOptions<EmailOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    public const int MaxAttempts = 5;

    /// <summary>Long enough for a pass of 50 messages over a slow SMTP server.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Ready.WaitAsync(stoppingToken); // the tables may still be migrating
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await DispatchAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDispatchFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the unsent messages; returns how many were sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var pending = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        foreach (var message in pending)
        {
            message.Claim(now + Lease);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConflictException)
        {
            LogClaimedElsewhere(logger);
            return 0;
        }

        var sent = 0;
        foreach (var message in pending)
        {
            try
            {
                await transport.SendAsync(message, ct);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.MarkFailed(e.Message);
                LogSendFailed(logger, message.Id, e);
            }

            // Each outcome is saved at once: a later failure must not make a sent message look unsent.
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another replica claimed the outbox messages of this pass")]
    private static partial void LogClaimedElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox pass failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending e-mail {MessageId} failed")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, Exception e);
}
