using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Identity;

namespace Strategy.Web.Identity;

/// <summary>
/// Cookies for the pages, bearer tokens for the API, and one "smart" scheme choosing between them.
/// </summary>
public static class AuthenticationSetup
{
    public const string SmartScheme = "cookie-or-bearer";
    public const string CookieName = "strategia";

    public static IServiceCollection AddStrategyAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Secure, __Host- prefixed cookies need HTTPS, and antiforgery refuses them on plain HTTP. Local
        // `dotnet run` serves http://localhost, so Development may turn them off; no other environment may.
        var secureCookies = configuration.GetValue("Security:SecureCookies", true);
        if (!secureCookies && !environment.IsDevelopment())
        {
            throw new InvalidOperationException($"The setting Security:SecureCookies=false is refused in the '{environment.EnvironmentName}' environment: cookies must be Secure and __Host- prefixed.");
        }

        var prefix = secureCookies ? "__Host-" : "";
        var policy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, AppClaimsPrincipalFactory>();
        services.AddScoped<PersonSessions>();
        services.AddScoped<UnknownAccountPassword>();
        // A password change or reset renews the person's stamp: their other cookies are refused within this long.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.Configure<AppOptions>(configuration.GetSection(AppOptions.Section));
        services.AddSingleton<IAppLinks, AppLinks>();
        services.Configure<IdentityOptions>(o =>
        {
            o.ClaimsIdentity.UserIdClaimType = StrategyClaims.UserId;
            o.ClaimsIdentity.UserNameClaimType = "email";
        });

        services.ConfigureApplicationCookie(o =>
        {
            // __Host-: Secure, path /, no domain: no subdomain or plain-HTTP page can set or read it.
            o.Cookie.Name = prefix + CookieName;
            o.Cookie.SecurePolicy = policy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/logowanie";
            o.LogoutPath = "/account/wyloguj";
            o.AccessDeniedPath = "/error/403";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnValidatePrincipal = SecurityStampCheck.ValidateWhenDueAsync;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = prefix + CookieName + "-tmp";
            o.Cookie.SecurePolicy = policy;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = prefix + CookieName + "-af";
            o.Cookie.SecurePolicy = policy;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        // AddIdentity names its cookie as the default for authenticate and challenge; the smart scheme takes over both.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/api")
                    && !context.Request.Cookies.ContainsKey(prefix + CookieName)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme);

        return services;
    }
}
