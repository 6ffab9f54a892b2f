using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Domain.Common;

namespace Strategy.Web.Pages;

/// <summary>
/// A page with a form: sends a use case and turns its validation failures into field errors
/// (shown inline and in the error summary) and broken rules into a form-level error.
/// </summary>
public abstract class FormPageModel : PageModel
{
    protected async Task<bool> TrySendAsync(Func<Task> send, string prefix = "Input")
    {
        try
        {
            await send();
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(string.IsNullOrEmpty(failure.PropertyName) ? "" : $"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        return false;
    }
}
