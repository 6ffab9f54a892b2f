using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using Strategy.Application.Common.Security;
using Strategy.Web.Infrastructure;

namespace Strategy.Web.Pages.Account;

/// <summary>
/// The consent page of an interactive third-party application: which scopes it asks for, in words. The
/// decision goes back to <c>/connect/authorize</c> with the original request, which alone issues anything.
/// </summary>
public sealed class ZgodaModel(IOpenIddictApplicationManager applications) : PageModel
{
    public string ClientName { get; private set; } = "";

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var clientId = Request.Query["client_id"].ToString();
        if (clientId.Length == 0 || await applications.FindByClientIdAsync(clientId, ct) is not { } application)
        {
            return NotFound();
        }

        // The decision is posted here and answered with a redirect to the application, which the policy's
        // form-action must allow: only to an address registered for this application.
        var redirectUri = Request.Query["redirect_uri"].ToString();
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect) || !await applications.ValidateRedirectUriAsync(application, redirectUri, ct))
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = SecurityHeadersMiddleware.ContentSecurityPolicy.Replace(
            "form-action 'self'", $"form-action 'self' {redirect.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        ClientName = await applications.GetDisplayNameAsync(application, ct) ?? clientId;
        Scopes = Request.Query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ApiScopes.Describe).ToList();
        Parameters = Request.Query.Where(p => p.Key != "zgoda").Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())).ToList();
        return Page();
    }
}
