using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Strategy.Application.Common.Behaviours;

/// <summary>Logs each use case with its duration, so slow ones show up in the logs by name.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        Log(logger, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {UseCase} in {ElapsedMs:0.0} ms")]
    private static partial void Log(ILogger logger, string useCase, double elapsedMs);
}
