using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Strategy.Application.Common;
using Strategy.Infrastructure.Telemetry;

namespace Strategy.IntegrationTests.Hosting;

/// <summary>
/// A gmina request is traced end to end (server, use case, SQL commands), tagged with its gmina, and
/// what is logged inside it carries the gmina and the trace id. Spans are read with the in-memory exporter.
/// </summary>
public sealed class TracingAndLoggingTests(ObservedAppFactory app) : IClassFixture<ObservedAppFactory>
{
    [Fact]
    public async Task A_gmina_page_is_a_server_span_with_the_gmina_and_child_spans_for_its_use_case_and_sql()
    {
        using var client = app.CreateClient();

        var (response, server) = await GetTracedAsync(client, "/krasnystaw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("krasnystaw", server.GetTagItem(Telemetry.TenantIdentifierTag));
        Assert.IsType<Guid>(server.GetTagItem(Telemetry.TenantIdTag));
        Assert.Equal(200, server.GetTagItem("http.response.status_code"));

        var trace = app.Activities.Snapshot().Where(a => a.TraceId == server.TraceId).ToList();
        var useCase = Assert.Single(trace, a => a.Source.Name == Telemetry.SourceName && Equals(a.GetTagItem(Telemetry.TenantIdentifierTag), "krasnystaw"));
        Assert.True(IsDescendantOf(useCase, server, trace), "The use case's span is not under the request's.");

        var sql = trace.Where(a => a.Source.Name == SqliteCommandTracing.SourceName).ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, s =>
        {
            Assert.Equal(ActivityKind.Client, s.Kind);
            Assert.Equal("sqlite", s.GetTagItem("db.system.name"));
            Assert.True(IsDescendantOf(s, server, trace), $"The SQL span {s.DisplayName} is not under the request's.");
        });
        Assert.Contains(sql, s => s.DisplayName == "SELECT" && Equals(s.GetTagItem("db.operation.name"), "SELECT") && s.ParentSpanId == useCase.SpanId);
        // Placeholders only: no parameter value is ever a tag.
        Assert.DoesNotContain(sql, s => s.TagObjects.Any(t => t.Key.StartsWith("db.query.parameter", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        using var client = app.CreateClient();
        await client.GetAsync("/health/live");
        await client.GetAsync("/");

        // The home page is traced, so by the time it shows up the probe would have too.
        await app.Activities.WaitForAsync(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), "/"));
        Assert.DoesNotContain(app.Activities.Snapshot(), a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), "/health/live"));
    }

    [Fact]
    public async Task What_is_logged_in_a_gmina_request_carries_the_gmina_and_the_trace_id()
    {
        using var client = app.CreateClient();

        var (response, server) = await GetTracedAsync(client, "/chrzanow");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = app.Logs.Snapshot().Where(l => l.Category.StartsWith("Strategy.Application.Common.Behaviours.LoggingBehaviour", StringComparison.Ordinal)
            && Equals(l.Scope.GetValueOrDefault("TraceId"), server.TraceId.ToString())).ToList();
        Assert.NotEmpty(handled);
        Assert.All(handled, log =>
        {
            Assert.Equal("chrzanow", log.Scope["TenantIdentifier"]);
            Assert.Equal(server.GetTagItem(Telemetry.TenantIdTag), log.Scope["TenantId"]);
            Assert.False(string.IsNullOrEmpty(log.Scope["SpanId"] as string));
            Assert.StartsWith("Handled ", log.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_platform_request_logs_no_gmina()
    {
        using var client = app.CreateClient();

        var (_, server) = await GetTracedAsync(client, "/api/v1/tenants");

        Assert.Null(server.GetTagItem(Telemetry.TenantIdentifierTag));
        var logs = app.Logs.Snapshot().Where(l => Equals(l.Scope.GetValueOrDefault("TraceId"), server.TraceId.ToString())).ToList();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, l => l.Scope.ContainsKey("TenantIdentifier"));
    }

    /// <summary>
    /// Sends the request under a trace of its own and waits for its server span. Other hosts in the test
    /// process listen to the same activity sources, so a span matched by path alone may be another test's.
    /// </summary>
    private async Task<(HttpResponseMessage Response, Activity Server)> GetTracedAsync(HttpClient client, string path)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        var server = await app.Activities.WaitForAsync(a => a.Kind == ActivityKind.Server && a.TraceId == traceId);
        Assert.Equal(path, server.GetTagItem("url.path"));
        return (response, server);
    }

    private static bool IsDescendantOf(Activity child, Activity ancestor, List<Activity> trace)
    {
        var bySpan = trace.ToDictionary(a => a.SpanId);
        for (var current = child; bySpan.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// OTLP export is on only when an endpoint is configured, and then traces, metrics and logs reach it.
/// A fake collector takes OTLP over HTTP (protobuf) on a free local port.
/// </summary>
public sealed class OtlpExportTests
{
    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    [InlineData("OpenTelemetry:OtlpEndpoint")]
    public async Task With_an_endpoint_traces_metrics_and_logs_are_sent_to_it(string setting)
    {
        using var collector = new FakeCollector();
        await using var app = new ConfiguredObservedAppFactory(new Dictionary<string, string?>
        {
            [setting] = collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chrzanow")).StatusCode);
        await app.Activities.WaitForAsync(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), "/chrzanow"));
        Flush(app);

        var traces = Encoding.UTF8.GetString(collector.Received("/v1/traces"));
        Assert.Contains("strategy-web", traces); // service.name
        Assert.Contains("deployment.environment", traces);
        Assert.Contains("chrzanow", traces); // tenant.identifier on the request's span
        Assert.Contains("microsoft.entityframeworkcore.queries", Encoding.UTF8.GetString(collector.Received("/v1/metrics")));
        Assert.Contains("strategy.use_case.duration", Encoding.UTF8.GetString(collector.Received("/v1/metrics")));
        Assert.NotEmpty(collector.Received("/v1/logs"));
        Assert.NotNull(app.Services.GetService<LoggerProvider>());
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_exported_not_even_with_the_per_signal_settings()
    {
        using var collector = new FakeCollector();
        await using var app = new ConfiguredObservedAppFactory(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = new Uri(collector.Endpoint, "v1/traces").ToString(),
            ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"] = new Uri(collector.Endpoint, "v1/metrics").ToString(),
            ["OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"] = new Uri(collector.Endpoint, "v1/logs").ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chrzanow")).StatusCode);

        // Spans are made (the in-memory exporter sees them); they just do not leave the process.
        await app.Activities.WaitForAsync(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), "/chrzanow"));
        Flush(app);
        Assert.Empty(collector.Paths);
        Assert.Null(app.Services.GetService<LoggerProvider>());
    }

    [Fact]
    public async Task A_configured_endpoint_that_is_not_a_url_stops_the_start_naming_the_setting()
    {
        await using var app = new ConfiguredObservedAppFactory(new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "otel-collector:4317" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("OpenTelemetry:OtlpEndpoint", error.Message);
    }

    private static void Flush(ObservedAppFactory app)
    {
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        app.Services.GetService<LoggerProvider>()?.ForceFlush(10_000);
    }

    /// <summary>Accepts OTLP/HTTP exports and keeps their bodies by path.</summary>
    private sealed class FakeCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
        private readonly Task _loop;

        public FakeCollector()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
                probe.Stop();
            }

            _listener.Prefixes.Add(Endpoint.ToString());
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public Uri Endpoint { get; }

        public IReadOnlyList<string> Paths => _received.Select(r => r.Path).ToList();

        /// <summary>Every body posted to the path, one after another (empty if none).</summary>
        public byte[] Received(string path) => _received.Where(r => r.Path == path).SelectMany(r => r.Body).ToArray();

        public void Dispose()
        {
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }
    }
}

/// <summary>The real host, with an in-memory span exporter and a log recorder added.</summary>
public class ObservedAppFactory : StrategyAppFactory
{
    public RecordedActivities Activities { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Activities)));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<RecordingLoggerProvider>(null, LogLevel.Debug);
        });
    }
}

/// <summary>The observed host with settings of its own.</summary>
public sealed class ConfiguredObservedAppFactory(IReadOnlyDictionary<string, string?> settings) : ObservedAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;
}

/// <summary>Finished spans, written by the exporter while the test reads them.</summary>
public sealed class RecordedActivities : ICollection<Activity>
{
    private readonly List<Activity> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public List<Activity> Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }

    /// <summary>A server span ends just after its response has been sent, so it may come a moment later.</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> match)
    {
        for (var waited = 0; waited < 10_000; waited += 50)
        {
            if (Snapshot().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The expected span was not exported within 10 s.");
    }

    public void Add(Activity item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(Activity item) => Snapshot().Contains(item);

    public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

    public bool Remove(Activity item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Records every log entry with the properties of all its scopes, as a structured sink would see them.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public List<LogEntry> Snapshot() => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

    private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            provider._scopes.ForEachScope(
                (s, properties) =>
                {
                    if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            properties[key] = value;
                        }
                    }
                },
                scope);
            provider._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), scope));
        }
    }
}
