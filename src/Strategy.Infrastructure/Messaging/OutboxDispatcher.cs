using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Messaging;

/// <summary>
/// Sends what the outbox holds, oldest first, retrying a failed message a few times. Delivery is
/// at-least-once: with several replicas a message may, rarely, be sent twice.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IEmailTransport transport, TimeProvider clock, IOptions<EmailOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    public const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
        var pending = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(ct);

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
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox pass failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending e-mail {MessageId} failed")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, Exception e);
}
