using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Monitoring.Calendar;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;

namespace Strategy.Infrastructure.Messaging;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the due reminders are looked for; they fall due by the day, so an hour is plenty.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Sends each active gmina's due reminders (<see cref="DueReminders"/>), one gmina at a time, each in a unit of
/// work of its own entered as that gmina: what one gmina's data does never reaches another's. Every replica runs
/// one; a reminder's unique key lets only one of them send it.
/// </summary>
public sealed partial class ReminderScheduler(IServiceScopeFactory scopes, DatabaseInitialiser database, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Ready.WaitAsync(stoppingToken); // the tables may still be migrating
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e);
            }
        }
    }

    /// <summary>One pass over every active gmina; returns how many people were reminded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        List<string> identifiers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            identifiers = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.AsNoTracking()
                .Where(t => t.State == TenantState.Active).OrderBy(t => t.Identifier).Select(t => t.Identifier).ToListAsync(ct);
        }

        var reminded = 0;
        foreach (var identifier in identifiers)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (await services.GetRequiredService<ITenantStore>().FindByIdentifierAsync(identifier, ct) is not { } gmina)
            {
                continue;
            }

            using (services.GetRequiredService<ITenantScope>().Enter(gmina))
            {
                try
                {
                    reminded += await services.GetRequiredService<DueReminders>().SendAsync(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One gmina's failure must not keep the others' partners unreminded.
                    LogGminaFailed(logger, gmina.Identifier, e);
                }
            }
        }

        return reminded;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the due reminders of {Gmina} failed")]
    private static partial void LogGminaFailed(ILogger logger, string gmina, Exception e);
}
