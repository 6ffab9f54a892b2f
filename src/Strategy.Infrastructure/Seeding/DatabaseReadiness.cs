using Microsoft.Extensions.Hosting;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// Holds the end of the host's start until the database is initialised (<see cref="DatabaseInitialiser.Ready"/>):
/// the routes are built and the server listens meanwhile, but the host counts as started, and a failed
/// initialisation stops it with its error, just as when the two ran one after the other.
/// </summary>
public sealed class DatabaseReadiness(DatabaseInitialiser database) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.Ready.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (database.Ready.IsFaulted)
        {
            // A background sender waiting on the same failure can stop the host first, which cancels this wait:
            // the start must still fail with the initialisation's own error, the one that names what is wrong.
            await database.Ready;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
