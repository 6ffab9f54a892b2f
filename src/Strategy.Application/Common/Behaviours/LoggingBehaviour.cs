using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Application.Common.Behaviours;

/// <summary>
/// Logs each use case with its duration, so slow ones show up in the logs by name; traces it as an
/// activity (named after the message, tagged with the gmina) and records its duration as a metric.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ITenantContext tenant)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string UseCase = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Source.StartActivity(UseCase);
        if (activity is not null)
        {
            activity.SetTag(Telemetry.UseCaseTag, UseCase);
            if (tenant.Current is { } current)
            {
                activity.SetTag(Telemetry.TenantIdTag, current.Id);
                activity.SetTag(Telemetry.TenantIdentifierTag, current.Identifier);
            }
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Telemetry.UseCaseDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(Telemetry.UseCaseTag, UseCase));
            Log(logger, UseCase, elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception e)
        {
            var errorType = e.GetType().Name;
            Telemetry.UseCaseDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(Telemetry.UseCaseTag, UseCase),
                new KeyValuePair<string, object?>(Telemetry.ErrorTypeTag, errorType));
            activity?.SetTag(Telemetry.ErrorTypeTag, errorType);
            activity?.SetStatus(ActivityStatusCode.Error, errorType);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {UseCase} in {ElapsedMs:0.0} ms")]
    private static partial void Log(ILogger logger, string useCase, double elapsedMs);
}
