using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Strategy.Infrastructure.Telemetry;
using AppTelemetry = Strategy.Application.Common.Telemetry;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Logs, traces and metrics. Logs go to the console (plain text in Development, JSON with scopes
/// elsewhere) and carry the trace and span ids and, inside a gmina, its id and identifier. Traces and
/// metrics are collected with OpenTelemetry and leave the process only when an OTLP endpoint is set
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OpenTelemetry:OtlpEndpoint</c>); logs are then exported too.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "strategy-web";
    public const string StandardEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string EndpointSetting = "OpenTelemetry:OtlpEndpoint";
    public const string ProtocolSetting = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>EF Core's own meter (EF Core 9+): active contexts, queries, saves, cache hits, concurrency failures.</summary>
    public const string EntityFrameworkMeter = "Microsoft.EntityFrameworkCore";

    /// <summary>The runtime's built-in meter (.NET 9+): GC, heap, thread pool, exceptions.</summary>
    public const string RuntimeMeter = "System.Runtime";

    public static WebApplicationBuilder AddStrategyObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole();
        }
        else
        {
            // One JSON object a line, with the scopes: TraceId, SpanId, TenantId, TenantIdentifier, RequestPath…
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                // Polish letters as letters (ó, not \u00F3), as in the API's JSON.
                o.JsonWriterOptions = new JsonWriterOptions
                {
                    Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation),
                };
            });
        }

        var version = typeof(ObservabilitySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r
                .AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName, serviceVersion: version)
                .AddAttributes(
                [
                    new("deployment.environment", builder.Environment.EnvironmentName),
                    new("deployment.environment.name", builder.Environment.EnvironmentName),
                ]))
            .WithTracing(t => t
                .AddSource(AppTelemetry.SourceName, SqliteCommandTracing.SourceName)
                // Probes hit /health every few seconds on every replica: they would drown the requests.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation())
            .WithMetrics(m => m
                .AddMeter(AppTelemetry.MeterName, EntityFrameworkMeter, RuntimeMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation());

        var endpoint = builder.Configuration[StandardEndpointSetting];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            // The standard variables all apply: protocol, headers, per-signal endpoints.
            telemetry.WithLogging(configureBuilder: null, configureOptions: IncludeEverything).UseOtlpExporter();
        }
        else if (builder.Configuration[EndpointSetting] is { Length: > 0 } configured)
        {
            if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidOperationException($"The setting {EndpointSetting} must be an http or https URL (e.g. http://otel-collector:4317); it is '{configured}'.");
            }

            telemetry.WithLogging(configureBuilder: null, configureOptions: IncludeEverything).UseOtlpExporter(Protocol(builder.Configuration), uri);
        }

        return builder;
    }

    private static void IncludeEverything(OpenTelemetry.Logs.OpenTelemetryLoggerOptions options)
    {
        options.IncludeScopes = true;
        options.IncludeFormattedMessage = true;
    }

    private static OtlpExportProtocol Protocol(IConfiguration configuration) => configuration[ProtocolSetting]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        var other => throw new InvalidOperationException($"The setting {ProtocolSetting} has an unsupported value '{other}'; use grpc or http/protobuf."),
    };
}
