using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Web.Accessibility;

namespace Strategy.Web.Pages;

/// <summary>The platform's accessibility statement: open to anyone, always.</summary>
public sealed class DeklaracjaDostepnosciModel : PageModel
{
    public AccessibilityStatementView Statement { get; private set; } = null!;

    public void OnGet() => Statement = new AccessibilityStatementView(null, $"{Request.Scheme}://{Request.Host}/");
}
