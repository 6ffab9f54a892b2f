using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Turns exceptions from API requests into RFC 7807 problem details. Pages are left to the Polish
/// error pages (see <see cref="AccessOutcomePageFilter"/> and <c>/error/{code}</c>). Since .NET 10 the
/// exception handler middleware no longer logs what a handler has handled, so an unexpected exception —
/// a 500 — is logged here, or an API failure would leave no trace in the logs.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the original path is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var problem = exception switch
        {
            NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Nie znaleziono", Detail = e.Message },
            UnauthenticatedException e => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Wymagane uwierzytelnienie", Detail = e.Message },
            ForbiddenException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Brak uprawnień", Detail = e.Message },
            ValidationException e => new ValidationProblemDetails(
                e.Errors.GroupBy(f => JsonName(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Nieprawidłowe dane",
            },
            // A body whose field has the wrong JSON type ("1 234,5" where the schema says number) names the field.
            BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } field } } => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [field[2..]] = [WrongJsonType] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Nieprawidłowe dane",
            },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Nieprawidłowe żądanie", Detail = "Parametr żądania ma nieprawidłowy format (" + e.Message + ")." },
            ConflictException e => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Konflikt zapisu",
                Detail = e.Message,
                Extensions = { ["currentVersion"] = e.CurrentVersion, ["current"] = e.Current },
            },
            SpreadsheetException e => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Nieprawidłowy plik",
                Detail = e.Message,
                Extensions = { ["cellErrors"] = e.Errors.Select(c => new { c.Sheet, c.Row, c.Column, c.Message }).ToList() },
            },
            DomainException e => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Nieprawidłowe dane", Detail = e.Message },
            OfficialStatisticsUnavailableException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Bank Danych Lokalnych GUS niedostępny",
                Detail = OfficialStatisticsUnavailableException.UserMessage,
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Błąd serwera" },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected exception in the API request {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);

    private const string WrongJsonType =
        "Wartość ma inny typ niż w opisie API (/openapi/v1.json): liczby podaje się jako liczby JSON z kropką dziesiętną, np. 1234.5, nie jako tekst.";

    private static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
