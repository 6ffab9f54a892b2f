using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Strategy.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators, the file reader and writer, and the audience of a request. The mediator itself is generated and wired by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<Strategies.Import.StrategyFileReader>();
        services.AddScoped<Strategies.Format.StrategyFileWriter>();
        services.AddScoped<Common.Security.Audience>();
        services.AddScoped<Access.Navigation>();
        services.AddScoped<Support.ActiveSupportSessions>();
        services.AddScoped<Monitoring.Calendar.DueReminders>();
        return services;
    }
}
