using Strategy.Infrastructure.Seeding;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Holds a request that arrives while the database is still being brought up (ADR 0023) until it is ready.
/// After routing, so that the first request builds the route table meanwhile; liveness answers at once,
/// since a long migration is no reason to restart the process.
/// </summary>
public sealed class StartupGate(RequestDelegate next, DatabaseInitialiser database)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!database.Ready.IsCompletedSuccessfully && !context.Request.Path.StartsWithSegments("/health/live"))
        {
            await database.Ready.WaitAsync(context.RequestAborted);
        }

        await next(context);
    }
}
