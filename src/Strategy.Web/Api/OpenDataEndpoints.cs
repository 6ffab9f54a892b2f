using Mediator;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.OpenData;
using Strategy.Application.OpenData.Queries.GetOpenData;
using Strategy.Web.Tenancy;

namespace Strategy.Web.Api;

/// <summary>
/// A gmina's open data: the files at stable public addresses outside the API (what dane.gov.pl and anyone
/// else downloads; cached for the public like its pages), and the same rows in the API.
/// </summary>
public static class OpenDataEndpoints
{
    public const string FilesPath = "otwarte-dane";

    public static IEndpointRouteBuilder MapOpenDataFiles(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup($"/{{{RouteTenantResolutionStrategy.RouteKey}:{TenantRouteConstraint.Name}}}/{FilesPath}")
            .ExcludeFromDescription()
            .AddEndpointFilter(NotPublishedIsNotFoundAsync);
        files.MapGet($"/{OpenDataFiles.Csv}", async (ISender sender, CancellationToken ct) =>
            Results.File(OpenDataFiles.ToCsv(await sender.Send(new GetOpenDataQuery(), ct)), "text/csv; charset=utf-8", OpenDataFiles.Csv));
        files.MapGet($"/{OpenDataFiles.Json}", async (ISender sender, CancellationToken ct) =>
            Results.File(OpenDataFiles.ToJson(await sender.Send(new GetOpenDataQuery(), ct)), "application/json; charset=utf-8"));
        files.MapGet($"/{OpenDataFiles.Feed}", async (ISender sender, IAppLinks links, CancellationToken ct) =>
            Results.File(await FeedAsync(sender, links, ct), "application/xml; charset=utf-8"));
        files.MapGet($"/{OpenDataFiles.FeedChecksum}", async (ISender sender, IAppLinks links, CancellationToken ct) =>
            Results.File(OpenDataFiles.Checksum(await FeedAsync(sender, links, ct)), "text/plain; charset=us-ascii"));
        return app;
    }

    public static void MapOpenDataEndpoints(this RouteGroupBuilder tenant) =>
        tenant.MapGet("/open-data", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetOpenDataQuery(), ct)))
            .WithTags("Otwarte dane")
            .WithName("GetOpenData")
            .WithSummary("Otwarte dane gminy: zatwierdzone wartości wskaźników przyjętych strategii, wiersz na wskaźnik i rok")
            .WithDescription("Tylko gmina z włączonymi stronami publicznymi; inna odpowiada 404 (także członkom). Te same wiersze są pod stałymi adresami /{gmina}/otwarte-dane/wskazniki.csv i .json, z kanałem XML dla dane.gov.pl (dane-gov-pl.xml i dane-gov-pl.md5); docs/open-data.md.")
            .ProducesAccessProblems();

    /// <summary>A file is there for anyone or for no one: a gmina that does not publish has none, whoever asks (never a sign-in page).</summary>
    private static async ValueTask<object?> NotPublishedIsNotFoundAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is NotFoundException or UnauthenticatedException or ForbiddenException)
        {
            return Results.NotFound();
        }
    }

    private static async Task<byte[]> FeedAsync(ISender sender, IAppLinks links, CancellationToken ct)
    {
        var data = await sender.Send(new GetOpenDataQuery(), ct);
        return OpenDataFiles.ToHarvesterFeed(data, file => links.OpenData(data.Identifier, file));
    }
}
