using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Domain.Common;

namespace Strategy.Web.Pages;

/// <summary>
/// A page with a form: sends a use case and turns its validation failures into field errors
/// (shown inline and in the error summary), broken rules and the problems of an uploaded file into
/// form-level errors.
/// </summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>
    /// Set when the last send was refused because someone saved the record in between: the page then
    /// moves its form to the stored version, so that saving again is a deliberate choice.
    /// </summary>
    protected ConflictException? Conflict { get; private set; }

    /// <param name="send">The use case to send; its refusals become the form's errors.</param>
    /// <param name="prefix">The bound model the command's fields are shown under (<c>Input</c>); empty for properties bound on the page itself.</param>
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
                ModelState.AddModelError(string.IsNullOrEmpty(failure.PropertyName) ? "" : string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
            }
        }
        catch (ConflictException e)
        {
            Conflict = e;
            ModelState.AddModelError("", e.Message);
        }
        catch (SpreadsheetException e)
        {
            ModelState.AddModelError("", e.Message);
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError("", error.ToString());
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        return false;
    }
}
