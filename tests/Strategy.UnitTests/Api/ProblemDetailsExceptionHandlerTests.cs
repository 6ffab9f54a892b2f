using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Strategy.Application.Common.Exceptions;
using Strategy.Web.Infrastructure;

namespace Strategy.UnitTests.Api;

public sealed class ProblemDetailsExceptionHandlerTests
{
    [Fact]
    public async Task An_unexpected_exception_in_the_api_is_a_500_and_is_logged_with_the_exception()
    {
        var logger = new RecordingLogger();
        var context = ApiRequest();
        var failure = new InvalidOperationException("The LINQ expression could not be translated.");

        Assert.True(await new ProblemDetailsExceptionHandler(new WrittenProblems(), logger).TryHandleAsync(context, failure, CancellationToken.None));

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        var (level, message, exception) = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, "Unexpected exception in the API request PUT /api/v1/chrzanow/rounds/1/indicators/2", failure), (level, message, exception));
    }

    [Fact]
    public async Task An_expected_refusal_is_not_logged_as_an_error()
    {
        var logger = new RecordingLogger();
        var context = ApiRequest();

        await new ProblemDetailsExceptionHandler(new WrittenProblems(), logger).TryHandleAsync(context, new NotFoundException("wskaźnik", Guid.Empty), CancellationToken.None);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Empty(logger.Entries);
    }

    private static DefaultHttpContext ApiRequest() => new() { Request = { Method = "PUT", Path = "/api/v1/chrzanow/rounds/1/indicators/2" } };

    private sealed class WrittenProblems : IProblemDetailsService
    {
        public ValueTask WriteAsync(ProblemDetailsContext context) => ValueTask.CompletedTask;

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context) => ValueTask.FromResult(true);
    }

    private sealed class RecordingLogger : ILogger<ProblemDetailsExceptionHandler>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
