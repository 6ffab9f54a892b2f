using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Strategy.Application.Common.Exceptions;

namespace Strategy.Web.Infrastructure;

/// <summary>A use case that finds nothing makes the page answer 404 (rendered by the Polish error page).</summary>
public sealed class NotFoundPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is NotFoundException)
        {
            executed.ExceptionHandled = true;
            executed.Result = new NotFoundResult();
        }
    }
}
