using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Strategy.Infrastructure;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;
using static Strategy.UnitTests.Persistence.RlsTestContext;

namespace Strategy.UnitTests.Persistence;

/// <summary>
/// Every SQL Server connection EF Core opens is told its gmina and whether it may bypass row-level
/// security (ADR 0013) — both keys, every time, so a pooled connection never keeps another gmina.
/// </summary>
public sealed class TenantSessionContextInterceptorTests
{
    [Fact]
    public void Opening_a_connection_sets_the_current_gmina_and_no_bypass()
    {
        var connection = new FakeDbConnection();
        using var db = SqlServer(connection, new TenantContextAccessor { Current = Chrzanow });

        db.Database.OpenConnection();

        Assert.Equal((Chrzanow.Id, false), Session(Assert.Single(connection.Executed)));
    }

    [Fact]
    public async Task Opening_asynchronously_does_the_same()
    {
        var connection = new FakeDbConnection();
        await using var db = SqlServer(connection, new TenantContextAccessor { Current = Chrzanow });

        await db.Database.OpenConnectionAsync();

        Assert.Equal((Chrzanow.Id, false), Session(Assert.Single(connection.Executed)));
    }

    [Fact]
    public async Task With_no_gmina_resolved_the_session_gmina_is_null()
    {
        var connection = new FakeDbConnection();
        await using var db = SqlServer(connection, new TenantContextAccessor());

        await db.Database.OpenConnectionAsync();

        Assert.Equal((DBNull.Value, false), Session(Assert.Single(connection.Executed)));
    }

    [Fact]
    public async Task Every_open_overwrites_both_keys_so_a_reused_connection_never_keeps_the_previous_gmina()
    {
        var connection = new FakeDbConnection();
        var tenants = new TenantContextAccessor { Current = Chrzanow };
        await using var db = SqlServer(connection, tenants);

        await db.Database.OpenConnectionAsync();
        await db.Database.CloseConnectionAsync();
        tenants.Current = Krasnystaw;
        db.Database.OpenConnection();
        db.Database.CloseConnection();
        tenants.Current = null;
        await db.Database.OpenConnectionAsync();

        Assert.Equal(
            [(Chrzanow.Id, false), (Krasnystaw.Id, false), (DBNull.Value, false)],
            connection.Executed.Select(Session));
    }

    [Fact]
    public void The_interceptor_is_registered_for_sql_server()
    {
        var interceptors = InterceptorsFor(DatabaseProvider.SqlServer);

        Assert.Contains(interceptors, i => i is TenantSessionContextInterceptor);
    }

    [Fact]
    public void The_interceptor_is_not_registered_for_sqlite()
    {
        var interceptors = InterceptorsFor(DatabaseProvider.Sqlite);

        Assert.DoesNotContain(interceptors, i => i is TenantSessionContextInterceptor);
    }

    /// <summary>The interceptors of the context options the application's own composition builds.</summary>
    private static IReadOnlyList<object> InterceptorsFor(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Sqlite"] = "Data Source=:memory:",
            ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1,1;Database=Strategy;User Id=sa;Password=unused;TrustServerCertificate=true",
            ["Email:Delivery"] = "Pickup",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration, new TestEnvironment()).BuildServiceProvider();
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();

        Assert.Equal(provider == DatabaseProvider.SqlServer, options.Extensions.Any(e => e.GetType().Name == "SqlServerOptionsExtension"));
        return options.FindExtension<CoreOptionsExtension>()?.Interceptors?.ToList() ?? [];
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        // Development: every other environment also needs the data-protection certificate, beside the point here.
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "Strategy.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
