using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.Extensions.WebEncoders;
using Strategy.Application;
using Strategy.Application.Common.Behaviours;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Tenants.Queries.ListTenants;
using Strategy.Infrastructure;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;
using Strategy.Infrastructure.Seeding.National;
using Microsoft.AspNetCore.RateLimiting;
using Strategy.Web.Api;
using Strategy.Web.Formatting;
using Strategy.Web.Identity;
using Strategy.Web.Infrastructure;
using Strategy.Web.Tenancy;

var builder = WebApplication.CreateBuilder(args);

builder.AddStrategyObservability();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ListTenantsQuery)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>)];
});

builder.Services.AddStrategyAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddStrategyTokens(builder.Configuration, builder.Environment);
builder.Services.AddStrategyRateLimits(builder.Configuration);
builder.Services.AddSingleton<ITenantResolutionStrategy, RouteTenantResolutionStrategy>();
builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[TenantRouteConstraint.Name] = typeof(TenantRouteConstraint));

// Razor buffers a whole page in 1,024-character pages from this pool before writing it out. The shared
// pool keeps 32 per core; a strategy page takes about 90, so every page allocated its buffer anew and
// the garbage set the pace of collections (bench/README.md). Registered first: MVC only adds the shared one when none is.
builder.Services.AddSingleton(System.Buffers.ArrayPool<char>.Create(maxArrayLength: 16 * 1024, maxArraysPerBucket: 2048));
builder.Services.AddRazorPages(o =>
{
    o.Conventions.ConfigureFilter(new AccessOutcomePageFilter());
    o.Conventions.AddPageApplicationModelConvention("/Account/Logowanie", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
    foreach (var page in new[] { "/Rejestracja", "/RejestracjaPotwierdzenie", "/Account/NiepamietamHasla", "/Account/NoweHaslo", "/Account/Zaproszenie" })
    {
        o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(RateLimits.AnonymousSubmission));
    }
}).AddMvcOptions(o =>
{
    PolishBindingMessages.Apply(o.ModelBindingMessageProvider);
    o.ModelBinderProviders.Insert(0, new PolishNumberBinderProvider());
    o.ModelMetadataDetailsProviders.Add(new PolishValidationMessages());
})
// No client-side validation script runs (the server answers in Polish); without this, every field would carry
// the framework's English data-val-required text.
.AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);

// The strategy page's rendered tree is cached under the gmina's data version (Strategia.cshtml). A version that
// changed is never asked for again, so at the default 100 MB the dead trees of a coordinator's edits stayed until
// the limit (bench (f)); 16 MB keeps the current trees of the gminy being read, and a miss renders one again.
builder.Services.Configure<CacheTagHelperOptions>(o => o.SizeLimit = 16 * 1024 * 1024);

// Razor would otherwise write every Polish letter as an entity (ł → &#x142;).
builder.Services.Configure<WebEncoderOptions>(o =>
    o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation));

builder.Services.AddSingleton<Strategy.Web.Api.SerializedOnce>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    // Numbers are numbers: the OpenAPI schema then says "integer", not "integer or string".
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation);
});

// A malformed id in a route (e.g. /strategies/abc) becomes a 400 problem, not an empty response.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Strategy.Saas API";
    document.Info.Description = "Gminne strategie rozwiązywania problemów społecznych: strategie, elementy, wskaźniki i ich wartości. Każda ścieżka gminy zaczyna się od /api/v1/{tenant}, gdzie {tenant} to identyfikator gminy (np. chrzanow).";
    return Task.CompletedTask;
}));

builder.Services.AddOutputCache(o => o.AddBasePolicy(new PublicPageCachePolicy()));
builder.Services.AddSingleton<IPublicPageCache, OutputCachePublicPages>();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

var app = builder.Build();

var database = app.Services.GetRequiredService<DatabaseInitialiser>();

// `dotnet run -- seed-national [--count N]`: fill the database with synthetic gminy, then exit.
if (args is [NationalSeedCommand.Name, .. var seedArguments])
{
    await database.InitialiseAsync();
    Environment.ExitCode = await NationalSeedCommand.RunAsync(app.Services, seedArguments, Console.Out);
    return;
}

// `dotnet run -- seed-bench-partners [--count N]` (Development): partners and rounds for bench/run.sh's write path.
if (args is [BenchPartners.Name, .. var partnerArguments])
{
    await database.InitialiseAsync();
    Environment.ExitCode = await BenchPartners.RunAsync(app.Services, partnerArguments, Console.Out);
    return;
}

// The database is brought up on another core while the host builds its routes and starts listening; requests
// wait for it (StartupGate) and the host's start ends only when it is done or fails with its error
// (DatabaseReadiness, ADR 0023). One after the other, the two were half of the time to the first answer.
_ = Task.Run(() => database.InitialiseAsync());

var polish = new CultureInfo("pl-PL");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(polish),
    SupportedCultures = [polish],
    SupportedUICultures = [polish],
});

app.UseExceptionHandler("/error/500");
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui => ui.UseStatusCodePagesWithReExecute("/error/{0}"));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseMiddleware<StartupGate>();
app.UseMiddleware<CookieApiOriginCheck>();
app.UseAuthentication();
// After authentication: the limits are for anonymous callers.
app.UseRateLimiter();
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseOutputCache();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapOpenApi("/openapi/{documentName}.json");
app.MapConnect();
app.MapApi();
app.MapOpenDataFiles();
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
