using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Hosting;

/// <summary>
/// With <c>Database:Provider=SqlServer</c> the host composes the SQL Server provider and its own
/// migrations. No SQL Server runs here, so nothing connects: start-up migration and seeding are off.
/// </summary>
public sealed class SqlServerProviderTests : IAsyncLifetime
{
    private readonly SqlServerFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_host_uses_sql_server_and_its_migrations_when_configured()
    {
        using var client = _app.CreateClient();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(typeof(Strategy.Migrations.SqlServer.DesignTimeDbContextFactory).Assembly.GetName().Name, db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Every_sql_server_session_is_told_its_gmina_for_row_level_security()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];

        Assert.Contains(interceptors, i => i is TenantSessionContextInterceptor);
    }

    [Fact]
    public void Entra_sign_in_to_azure_sql_is_handled_by_the_hosts_token_provider()
    {
        _ = _app.Services;

        Assert.All(EntraSqlAuthentication.Methods, m => Assert.IsType<EntraSqlAuthentication>(Microsoft.Data.SqlClient.SqlAuthenticationProvider.GetProvider(m)));
    }

    private sealed class SqlServerFactory : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1,1;Database=Strategy;User Id=sa;Password=unused;TrustServerCertificate=true;Connect Timeout=1",
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedDemoTenants"] = "false",
            ["Database:SeedDemoAccounts"] = "false",
        };
    }
}
