using Strategy.Web.Tenancy;

namespace Strategy.Web.Api;

/// <summary>The REST API: <c>/api/v1</c> for the platform, <c>/api/v1/{tenant}</c> for one gmina.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        api.MapTenantsEndpoints();
        api.MapPlatformEndpoints();
        api.MapBenchmarkMetricsEndpoints();
        api.MapStrategyTemplateEndpoint();

        var tenant = api.MapGroup($"/{{{RouteTenantResolutionStrategy.RouteKey}:{TenantRouteConstraint.Name}}}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        tenant.MapStrategiesEndpoints();
        tenant.MapIndicatorsEndpoints();
        tenant.MapPopulationEndpoints();
        tenant.MapMonitoringEndpoints();
        tenant.MapReportsEndpoints();
        tenant.MapAccessEndpoints();
        tenant.MapBenchmarksEndpoints();
        tenant.MapOpenDataEndpoints();
        return app;
    }
}
