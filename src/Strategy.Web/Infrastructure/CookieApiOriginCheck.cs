using Microsoft.AspNetCore.Mvc;
using Strategy.Web.Identity;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// An unsafe API call (POST, PUT, PATCH, DELETE) that would be authenticated by the sign-in cookie must
/// come from this site: a browser sends a cross-site <c>text/plain</c> POST without a preflight, and with
/// the cookie. The proof is the browser's own word — <c>Origin</c> equal to this host, or
/// <c>Sec-Fetch-Site: same-origin</c> — which a page on another site cannot forge; a call with neither is
/// refused too, since every browser that could be led to send one sends them. Bearer calls carry no
/// ambient credential and are not affected, nor are calls without the cookie.
/// </summary>
public sealed class CookieApiOriginCheck(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsProof(context.Request) && !IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Żądanie spoza platformy",
                    Detail = "Zmiany przez API z ciasteczkiem logowania przyjmujemy tylko ze stron platformy. Aplikacje i skrypty używają tokenu (nagłówek Authorization: Bearer).",
                },
            });
            return;
        }

        await next(context);
    }

    private static bool NeedsProof(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && request.Cookies.Keys.Any(k => k.EndsWith(AuthenticationSetup.CookieName, StringComparison.Ordinal));

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        }

        return request.Headers["Sec-Fetch-Site"].ToString() == "same-origin";
    }
}
