using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "Strategy.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Strategy.Migrations.SqlServer";

    /// <param name="contentRoot">Relative SQLite paths are resolved against it.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        services.Configure<DatabaseOptions>(section);
        var database = section.Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddDbContext<AppDbContext>(options => Configure(options, database.Provider, configuration, contentRoot));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());

        services.AddMemoryCache();
        services.AddScoped<TenantContextAccessor>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContextAccessor>());
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddSingleton<DatabaseInitialiser>();
        return services;
    }

    private static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(configuration, contentRoot), o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                var connectionString = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but the setting ConnectionStrings:SqlServer is missing.");
                }

                options.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"The setting Database:Provider has an unknown value '{provider}'; use Sqlite or SqlServer.");
        }
    }

    /// <summary>The configured SQLite file, made absolute and its folder created, so a fresh clone just runs.</summary>
    private static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/strategy.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
