using System.Collections.Concurrent;
using System.Diagnostics;
using Strategy.Infrastructure.Telemetry;

namespace Strategy.IntegrationTests.Performance;

/// <summary>
/// Counts the SQL commands one request issues: each SQLite command is an activity of
/// <see cref="SqliteCommandTracing"/>, and the request runs under a trace id of its own, so commands of
/// other requests (or other hosts in the test process) are not counted.
/// </summary>
public sealed class SqlCommands : IDisposable
{
    private readonly ConcurrentBag<Activity> _commands = [];
    private readonly ActivityListener _listener;

    public SqlCommands()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is SqliteCommandTracing.SourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == SqliteCommandTracing.SourceName)
                {
                    _commands.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Sends a GET under a fresh trace; returns the response and the SQL commands (their text) it issued.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> GetAsync(HttpClient client, string path)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, _commands.Where(a => a.TraceId == traceId).Select(a => a.GetTagItem("db.query.text") as string ?? a.DisplayName).ToList());
    }

    public void Dispose() => _listener.Dispose();
}
