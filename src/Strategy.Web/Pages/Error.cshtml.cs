using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Strategy.Web.Pages;

/// <summary>The Polish error page every non-API error status is re-executed to.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        // Reached directly (not re-executed) the page still answers with the status it describes.
        Response.StatusCode = Code;
    }
}
