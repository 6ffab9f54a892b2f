using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;
using static Strategy.UnitTests.Persistence.RlsTestContext;

namespace Strategy.UnitTests.Persistence;

/// <summary>The audited bypass: RlsBypass = 1 on the session for its duration only, and an audit event with the reason.</summary>
public sealed class RowLevelSecurityBypassTests
{
    private readonly FakeDbConnection _connection = new();
    private readonly TenantContextAccessor _tenants = new() { Current = Chrzanow };
    private readonly FakeAuditLog _audit = new();
    private readonly FakeCurrentUser _user = new();

    [Fact]
    public async Task On_an_open_connection_it_sets_the_bypass_at_once_and_clears_it_on_dispose()
    {
        await using var db = SqlServer(_connection, _tenants);
        await db.Database.OpenConnectionAsync();

        await using (await Bypass(db).EnterAsync("Sprawdzenie", CancellationToken.None))
        {
            Assert.Equal((Chrzanow.Id, true), Session(_connection.Executed[^1]));
        }

        Assert.Equal([(Chrzanow.Id, false), (Chrzanow.Id, true), (Chrzanow.Id, false)], _connection.Executed.Select(Session));
    }

    [Fact]
    public async Task A_connection_opened_inside_the_bypass_gets_it_and_one_opened_after_does_not()
    {
        await using var db = SqlServer(_connection, _tenants);

        await using (await Bypass(db).EnterAsync("Sprawdzenie", CancellationToken.None))
        {
            Assert.Empty(_connection.Executed); // closed: nothing to set until it opens
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
        }

        Assert.Single(_connection.Executed); // closed again at dispose: the next open sets the session
        await db.Database.OpenConnectionAsync();
        Assert.Equal([(Chrzanow.Id, true), (Chrzanow.Id, false)], _connection.Executed.Select(Session));
    }

    [Fact]
    public async Task Entering_records_the_reason_in_the_audit_log_at_once()
    {
        await using var db = SqlServer(_connection, _tenants);

        await using (await Bypass(db).EnterAsync("Członkostwa osoby we wszystkich gminach", CancellationToken.None))
        {
        }

        var saved = Assert.Single(_audit.Saved);
        Assert.Equal((AuditActions.RowLevelSecurityBypass, Chrzanow.Id, _user.UserId, _user.Name, "Członkostwa osoby we wszystkich gminach"), saved);
        Assert.Equal("rls.bypass", AuditActions.RowLevelSecurityBypass);
    }

    [Fact]
    public async Task One_reason_is_audited_once_per_request_however_often_the_page_needs_it()
    {
        await using var db = SqlServer(_connection, _tenants);
        var bypass = Bypass(db);

        for (var i = 0; i < 3; i++)
        {
            await using (await bypass.EnterAsync("Katalog mierników: liczba gmin", CancellationToken.None))
            {
            }
        }

        await using (await bypass.EnterAsync("Inny powód", CancellationToken.None))
        {
        }

        Assert.Equal(["Katalog mierników: liczba gmin", "Inny powód"], _audit.Saved.Select(s => s.Detail));
    }

    [Fact]
    public async Task Outside_a_gmina_the_event_is_a_platform_event()
    {
        _tenants.Current = null;
        await using var db = SqlServer(_connection, _tenants);

        await using (await Bypass(db).EnterAsync("Praca platformy", CancellationToken.None))
        {
            await db.Database.OpenConnectionAsync();
        }

        Assert.Null(Assert.Single(_audit.Saved).TenantId);
        Assert.Equal([(DBNull.Value, true), (DBNull.Value, false)], _connection.Executed.Select(Session));
    }

    [Fact]
    public async Task It_does_not_nest_and_needs_a_reason()
    {
        await using var db = SqlServer(_connection, _tenants);
        var bypass = Bypass(db);

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await bypass.EnterAsync(" ", CancellationToken.None));
        await using (await bypass.EnterAsync("Sprawdzenie", CancellationToken.None))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await bypass.EnterAsync("Jeszcze raz", CancellationToken.None));
        }

        Assert.Single(_audit.Saved);
    }

    [Fact]
    public async Task On_sqlite_it_only_audits()
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options).For(_tenants);
        await db.Database.OpenConnectionAsync();

        await using (await Bypass(db).EnterAsync("Sprawdzenie", CancellationToken.None))
        {
        }

        Assert.Single(_audit.Saved);
    }

    private RowLevelSecurityBypass Bypass(AppDbContext db)
    {
        var scopes = new ServiceCollection().AddSingleton<IAuditLog>(_audit).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        return new RowLevelSecurityBypass(db, _tenants, _user, scopes);
    }
}
