using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Strategy.Application.Common.Exceptions;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Turns the use cases' access outcomes into page answers: nothing found → 404 (the Polish error
/// page), not signed in → the sign-in page, not allowed → 403.
/// </summary>
public sealed class AccessOutcomePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            UnauthenticatedException => new ChallengeResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            _ => null,
        };
        if (result is not null)
        {
            executed.ExceptionHandled = true;
            executed.Result = result;
        }
    }
}
