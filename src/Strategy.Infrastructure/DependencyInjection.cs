using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Reports;
using Strategy.Infrastructure.Audit;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Messaging;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Seeding;
using Strategy.Infrastructure.Seeding.National;
using Strategy.Infrastructure.Tenancy;
using Strategy.Infrastructure.Tenancy.Register;

namespace Strategy.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "Strategy.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Strategy.Migrations.SqlServer";

    /// <param name="contentRoot">Relative SQLite paths are resolved against it.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        var section = configuration.GetSection(DatabaseOptions.Section);
        services.Configure<DatabaseOptions>(section);
        var database = section.Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Resolved (and its folder created) once, not with the options of every unit of work.
        var sqlite = new Lazy<string>(() => SqliteConnectionString(configuration, contentRoot));
        services.AddPooledDbContextFactory<AppDbContext>((sp, options) => Configure(options, database.Provider, configuration, sqlite)
            .AddInterceptors(sp.GetRequiredService<CacheEviction>()));
        services.AddScoped<ScopedAppDbContext>();
        services.AddScoped(sp => sp.GetRequiredService<ScopedAppDbContext>().Context);
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            // Azure SQL is Entra-only (ADR 0014): the managed identity's token opens the connection.
            EntraSqlAuthentication.Register();
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());

        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContextAccessor>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContextAccessor>());
        services.AddScoped<ITenantScope>(sp => sp.GetRequiredService<TenantContextAccessor>());
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddScoped<ITenantData, TenantData>();
        services.AddScoped<ITenantProvisioner, TenantProvisioner>();
        services.AddSingleton<IMunicipalityRegister, MunicipalityRegister>();
        services.AddSingleton<DatabaseInitialiser>();
        services.AddHostedService<DatabaseReadiness>();
        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.Section));
        services.AddSingleton<InitialPlatformAdmin>();
        services.AddSingleton<NationalSeeder>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IRowLevelSecurityBypass, RowLevelSecurityBypass>();
        services.AddSingleton<Benchmarking.BenchmarkCache>();
        services.AddScoped<Benchmarking.BenchmarkCacheSession>();
        services.AddScoped<IBenchmarkComparisonCache>(sp => sp.GetRequiredService<Benchmarking.BenchmarkCacheSession>());
        services.AddSingleton<CacheEviction>();
        services.AddSingleton<Caching.TenantDataCacheStore>();
        services.AddScoped<Caching.TenantDataVersionReader>();
        services.AddScoped<ITenantDataCache, Caching.TenantDataCache>();
        services.AddScoped<ISharedBenchmarkValues, Benchmarking.SharedBenchmarkValues>();
        services.AddScoped<IBenchmarkMetricUsage, Benchmarking.BenchmarkMetricUsage>();
        services.AddSingleton<IDocumentBlockReader, Documents.StrategyDocuments>();
        services.AddSingleton<IXlsxFiles, Documents.XlsxFiles>();
        services.AddSingleton<IReportDocuments, Documents.ReportDocuments>();

        AddIdentity(services);
        AddEmail(services, configuration, environment);
        AddOfficialStatistics(services, configuration);

        AddDataProtection(services, configuration, environment);
        return services;
    }

    /// <summary>
    /// Keys in the database, so every replica reads the cookies and antiforgery tokens the others made;
    /// encrypted there with a certificate, so a backup of the database does not hand out the keys to
    /// forge anyone's sign-in cookie. Outside Development the certificate is required.
    /// </summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName("Strategy.Saas").PersistKeysToDbContext<AppDbContext>();
        var certificate = Identity.CertificateFiles.Load(configuration, "DataProtection:CertificatePath", "DataProtection:CertificatePassword", environment.EnvironmentName, required: !environment.IsDevelopment());
        if (certificate is not null)
        {
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PolishIdentityErrorDescriber>();

        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AppDbContext>().ReplaceDefaultEntities<Guid>());

        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IUserMemberships, UserMemberships>();
        services.AddScoped<IApiClientRegistry, ApiClientRegistry>();
    }

    private static void AddOfficialStatistics(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OfficialStatistics.BdlOptions>(configuration.GetSection(OfficialStatistics.BdlOptions.Section));
        services.AddSingleton<OfficialStatistics.BdlRateLimit>();
        services.AddHttpClient<IOfficialStatistics, OfficialStatistics.BdlClient>((sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<OfficialStatistics.BdlOptions>>().Value;
            // Relative paths resolve below the base only when it ends with a slash.
            http.BaseAddress = options.BaseUrl.AbsoluteUri.EndsWith('/') ? options.BaseUrl : new Uri(options.BaseUrl.AbsoluteUri + "/");
            http.Timeout = options.Timeout;
            http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            if (!string.IsNullOrWhiteSpace(options.ClientId))
            {
                http.DefaultRequestHeaders.Add("X-ClientId", options.ClientId);
            }
        });
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var email = section.Get<EmailOptions>() ?? new EmailOptions();
        if (email.Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(email.SmtpHost))
        {
            throw new InvalidOperationException("Email:Delivery is Smtp but the setting Email:SmtpHost is missing (use Email:Delivery=Pickup to write .eml files instead).");
        }

        services.AddSingleton<IEmailTransport>(sp => email.Delivery == EmailDelivery.Pickup
            ? new PickupFolderTransport(sp.GetRequiredService<IOptions<EmailOptions>>(), environment.ContentRootPath)
            : new SmtpTransport(sp.GetRequiredService<IOptions<EmailOptions>>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
    }

    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, IConfiguration configuration, Lazy<string> sqliteConnectionString)
    {
        switch (provider)
        {
            // Related collections are joined into one command, never split into several: a page's SQL
            // commands are counted (StrategyPageQueryTests), and the readers keep the joins narrow.
            case DatabaseProvider.Sqlite:
                options.UseSqlite(sqliteConnectionString.Value, o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(Telemetry.SqliteCommandTracing.Instance, Persistence.SqlitePragmas.Instance);
                break;
            case DatabaseProvider.SqlServer:
                var connectionString = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but the setting ConnectionStrings:SqlServer is missing.");
                }

                // Row-level security, the second wall (ADR 0013): every session is told its gmina.
                options.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(TenantSessionContextInterceptor.Instance);
                break;
            default:
                throw new InvalidOperationException($"The setting Database:Provider has an unknown value '{provider}'; use Sqlite or SqlServer.");
        }

        return options;
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
