using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Strategy.Application.Common;

/// <summary>
/// The application's own telemetry: one activity per use case (Mediator message) and a histogram of
/// their durations. Plain <see cref="System.Diagnostics"/> types; the web host subscribes to them by name.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "Strategy.Application";
    public const string MeterName = "Strategy.Application";

    /// <summary>Tags naming the gmina, on the request's server activity and on every use case's activity.</summary>
    public const string TenantIdTag = "tenant.id";
    public const string TenantIdentifierTag = "tenant.identifier";

    public const string UseCaseTag = "strategy.use_case";
    public const string ErrorTypeTag = "error.type";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Tagged with the use case only (and <c>error.type</c> on failure), never the tenant: it stays low in cardinality.</summary>
    public static readonly Histogram<double> UseCaseDuration = Meter.CreateHistogram<double>(
        "strategy.use_case.duration", unit: "s", description: "Duration of a use case (a Mediator message) through the pipeline.");
}
