using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Strategy.Web.Infrastructure;

/// <summary>
/// Throttling of what anyone can reach without signing in. Every anonymous request counts against a
/// limit per client address and a ceiling for all addresses together; credential submissions (sign-in,
/// token requests) and anonymous submissions (sign-up, password-reset e-mails, invitation acceptance)
/// against tighter ones of their own. A refusal is 429 with Retry-After and a Polish message (a problem
/// for the API, the error page for the UI). The values are settings (docs/security.md lists them).
/// The counters live in this process: with N replicas one address may get up to N × a limit, and a
/// restart starts afresh; account lockout (in the database) still bounds password guessing.
/// </summary>
public static class RateLimits
{
    /// <summary>Sign-in form posts and token requests: each tries a credential.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The mark of an endpoint whose posts store something or send an e-mail for anyone: sign-up, password reset, invitation.</summary>
    public static readonly AnonymousSubmissionMetadata AnonymousSubmission = new();

    public static IServiceCollection AddStrategyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Security");
        var signIn = settings.GetValue("SignInAttemptsPerMinute", 20);
        var submissions = settings.GetValue("AnonymousSubmissionsPerMinute", 5);
        var submissionsTotal = settings.GetValue("AnonymousSubmissionsPerMinuteTotal", 100);
        var requests = settings.GetValue("AnonymousRequestsPerMinute", 300);
        var requestsTotal = settings.GetValue("AnonymousRequestsPerMinuteTotal", 30_000);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            // Every limiter in the chain must grant a request; each decides by itself whether it applies.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Anonymous(context => $"address:{Address(context)}", requests),
                Anonymous(_ => "all", requestsTotal),
                Submissions(context => $"address:{Address(context)}", submissions),
                Submissions(_ => "all", submissionsTotal));
            o.AddPolicy(SignIn, context => PostsOnly(context, $"address:{Address(context)}", signIn));
        });
        return services;
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// A signed-in person or a token is not throttled here: the limits are for those who are anyone. Nor is
    /// the error page a refusal is re-executed to, which must be able to say so.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> Anonymous(Func<HttpContext, string> partition, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.User.Identity?.IsAuthenticated == true || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                ? RateLimitPartition.GetNoLimiter("not-limited")
                : PerMinute(partition(context), perMinute));

    private static PartitionedRateLimiter<HttpContext> Submissions(Func<HttpContext, string> partition, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => context.GetEndpoint()?.Metadata.GetMetadata<AnonymousSubmissionMetadata>() is not null
            ? PostsOnly(context, "submission:" + partition(context), perMinute)
            : RateLimitPartition.GetNoLimiter("other"));

    /// <summary>Reading a form is free; submitting it counts.</summary>
    private static RateLimitPartition<string> PostsOnly(HttpContext context, string partition, int perMinute) =>
        HttpMethods.IsPost(context.Request.Method) ? PerMinute(partition, perMinute) : RateLimitPartition.GetNoLimiter("read");

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/connect"))
        {
            // The UI's status code pages show the Polish error page for 429.
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Zbyt wiele żądań",
                Detail = $"Z tego adresu przyszło ostatnio zbyt wiele żądań. Spróbuj ponownie za {seconds} s.",
            },
        });
    }

}

/// <summary>Endpoint metadata: see <see cref="RateLimits.AnonymousSubmission"/>.</summary>
public sealed class AnonymousSubmissionMetadata;
