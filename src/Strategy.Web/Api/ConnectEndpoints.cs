using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Identity;
using Strategy.Web.Identity;
using Strategy.Web.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Strategy.Web.Api;

/// <summary>
/// The OpenIddict passthrough endpoints: <c>/connect/authorize</c> signs a signed-in person into an
/// authorization code; <c>/connect/token</c> issues tokens for API clients (client credentials) and
/// exchanges codes and refresh tokens for people.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        app.MapPost("/connect/token", TokenAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.SignIn);
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
        IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IAntiforgery antiforgery)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || await users.GetUserAsync(cookie.Principal) is not { } user)
        {
            // Not signed in: sign in first, then come back to this very request.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + QueryString.Create(context.Request.HasFormContentType ? context.Request.Form : context.Request.Query) },
                [IdentityConstants.ApplicationScheme]);
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
        var applicationId = await applications.GetIdAsync(application);
        var subject = user.Id.ToString();
        var scopes = request.GetScopes();
        var granted = await authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes).ToListAsync();

        // An application acting for a person asks them first, once per set of scopes; only first-party ones are trusted implicitly.
        if (granted.Count == 0 && await applications.GetConsentTypeAsync(application) != ConsentTypes.Implicit)
        {
            var decision = context.Request.HasFormContentType ? context.Request.Form["zgoda"].ToString() : "";
            if (decision.Length == 0)
            {
                return request.HasPromptValue(PromptValues.None)
                    ? Forbid("Aplikacja potrzebuje zgody osoby.", Errors.ConsentRequired)
                    : Results.Redirect("/account/zgoda" + QueryString.Create(context.Request.HasFormContentType ? context.Request.Form : context.Request.Query));
            }

            // The decision comes from our consent page's form, never from another site.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Forbid("Zgoda nie pochodzi ze strony platformy.", Errors.AccessDenied);
            }

            if (decision != "tak")
            {
                return Forbid("Osoba nie zgodziła się na dostęp aplikacji.", Errors.AccessDenied);
            }
        }

        var principal = await PersonPrincipalAsync(signIn, user);
        principal.SetScopes(scopes);
        var authorization = granted.LastOrDefault()
            ?? await authorizations.CreateAsync(principal, subject, applicationId!, AuthorizationTypes.Permanent, scopes);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IOpenIddictApplicationManager applications, Strategy.Application.Common.Interfaces.IAuditLog audit)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has already checked the client's id and secret, and that it may use these scopes.
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
            var properties = await applications.GetPropertiesAsync(application);
            if (!properties.TryGetValue(ApiClientRegistry.TenantProperty, out var tenant))
            {
                return Forbid("Ten klient nie należy do żadnej gminy.");
            }

            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
            identity.SetClaim(StrategyClaims.ClientTenant, tenant.GetString());
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var userId = result.Principal?.GetClaim(Claims.Subject);
            if (userId is null || await users.FindByIdAsync(userId) is not { } user || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user)
                || !await IsCurrentStampAsync(users, user, result.Principal!))
            {
                return Forbid("Konto nie może się już zalogować.");
            }

            // Fresh claims from the account (a removed platform role disappears at the next refresh).
            var principal = await PersonPrincipalAsync(signIn, user);
            principal.SetScopes(result.Principal!.GetScopes());
            await audit.RecordNowAsync(AuditActions.SignInSucceeded, null, user.Id, user.Email, $"token ({request.GrantType})", context.RequestAborted);
            return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid("Ten rodzaj uzyskania tokenu nie jest obsługiwany.", Errors.UnsupportedGrantType);
    }

    /// <summary>
    /// A code or refresh token carries the person's security stamp of when it was issued: after a password
    /// change or reset (which renew it) it is worth nothing, even where its revocation did not reach.
    /// </summary>
    private static async Task<bool> IsCurrentStampAsync(UserManager<ApplicationUser> users, ApplicationUser user, ClaimsPrincipal principal) =>
        principal.GetClaim(users.Options.ClaimsIdentity.SecurityStampClaimType) is not { } stamp || stamp == await users.GetSecurityStampAsync(user);

    private static async Task<ClaimsPrincipal> PersonPrincipalAsync(SignInManager<ApplicationUser> signIn, ApplicationUser user)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject or StrategyClaims.DisplayName or StrategyClaims.PlatformAdmin or Claims.Email => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [],
        });
        return principal;
    }

    private static IResult Forbid(string description, string error = Errors.InvalidGrant) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
