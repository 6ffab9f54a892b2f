using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Testing;

/// <summary>
/// The real host on its own SQLite file, migrated and seeded with both demo gminy at start-up,
/// exactly as <c>dotnet run</c> does on a fresh clone.
/// </summary>
public class StrategyAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"strategy-tests-{Guid.NewGuid():N}.db");

    public string DatabasePath => _databasePath;

    /// <summary>Where this host's e-mails land as .eml files.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"strategy-mail-{Guid.NewGuid():N}");

    /// <summary>Extra settings a derived factory (or test) applies on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoTenants", "true");
        builder.UseSetting("Database:SeedDemoAccounts", "true");
        builder.UseSetting("Email:Delivery", "Pickup");
        // The test clients speak HTTPS to the in-memory server: the production cookie policy applies.
        builder.UseSetting("Security:SecureCookies", "true");
        // Every test comes from the same address; the limits themselves are tested with their own low values.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Security:AnonymousRequestsPerMinute", "100000");
        builder.UseSetting("Security:AnonymousRequestsPerMinuteTotal", "100000");
        builder.UseSetting("Security:AnonymousSubmissionsPerMinute", "10000");
        builder.UseSetting("Security:AnonymousSubmissionsPerMinuteTotal", "10000");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A unit of work inside one tenant, the way a request inside <c>/{tenant}/…</c> sees the database.</summary>
    public Task<T> InTenantAsync<T>(string? identifier, Func<AppDbContext, Task<T>> work) =>
        InTenantScopeAsync(identifier, services => work(services.GetRequiredService<AppDbContext>()));

    /// <summary>The services of one request inside one tenant (none: outside every tenant).</summary>
    public async Task<T> InTenantScopeAsync<T>(string? identifier, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        if (identifier is not null)
        {
            var store = scope.ServiceProvider.GetRequiredService<ITenantStore>();
            scope.ServiceProvider.GetRequiredService<TenantContextAccessor>().Current =
                await store.FindByIdentifierAsync(identifier, CancellationToken.None) ?? throw new InvalidOperationException($"No tenant {identifier}.");
        }

        return await work(scope.ServiceProvider);
    }

    public Task InTenantAsync(string? identifier, Func<AppDbContext, Task> work) =>
        InTenantAsync<bool>(identifier, async db =>
        {
            await work(db);
            return true;
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" })
        {
            File.Delete(_databasePath + suffix);
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
