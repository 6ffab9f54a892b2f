using System.Data;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.UnitTests.Persistence;

/// <summary>An <see cref="AppDbContext"/> on the SQL Server provider over a <see cref="FakeDbConnection"/>, with the session interceptor.</summary>
internal static class RlsTestContext
{
    public static readonly TenantInfo Chrzanow = Tenant("chrzanow", "Gmina Chrzanów");
    public static readonly TenantInfo Krasnystaw = Tenant("krasnystaw", "Miasto Krasnystaw");

    public static AppDbContext SqlServer(FakeDbConnection connection, TenantContextAccessor tenants) =>
        new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlServer(connection)
                .AddInterceptors(TenantSessionContextInterceptor.Instance)
                .Options)
            .For(tenants);

    /// <summary>The session values a recorded command set: (TenantId, RlsBypass).</summary>
    public static (object? Tenant, object? Bypass) Session(ExecutedCommand command)
    {
        Assert.Equal(TenantSessionContextInterceptor.CommandText, command.Text);
        Assert.Equal(DbType.Guid, command.Parameters["@tenant"].Type);
        Assert.Equal(DbType.Boolean, command.Parameters["@bypass"].Type);
        return (command.Parameters["@tenant"].Value, command.Parameters["@bypass"].Value);
    }

    private static TenantInfo Tenant(string identifier, string name) =>
        new(Guid.CreateVersion7(), identifier, name, "1203033", MunicipalityKind.UrbanRural, "małopolskie", TenantState.Active, PublicPagesEnabled: true);
}

internal sealed class FakeCurrentUser : ICurrentUser
{
    public Guid? UserId { get; init; } = Guid.CreateVersion7();

    public string? Name { get; init; } = "Administrator platformy";

    public bool IsAuthenticated => true;

    public bool IsPlatformAdmin => true;

    public Guid? ApiClientTenantId => null;

    public IReadOnlySet<string> Scopes => new HashSet<string>();

    public bool ActsThroughToken => false;

    public ValueTask<IReadOnlySet<TenantRole>> RolesInCurrentTenantAsync(CancellationToken ct) => ValueTask.FromResult<IReadOnlySet<TenantRole>>(new HashSet<TenantRole>());

    public ValueTask<Guid?> PartnerInstitutionAsync(CancellationToken ct) => ValueTask.FromResult<Guid?>(null);

    public ValueTask<bool> HasSupportSessionAsync(CancellationToken ct) => ValueTask.FromResult(false);
}

internal sealed class FakeAuditLog : IAuditLog
{
    public List<(string Action, Guid? TenantId, Guid? UserId, string? UserName, string? Detail)> Saved { get; } = [];

    public void Record(string action, Guid? tenantId, string? detail) =>
        throw new InvalidOperationException("The bypass must save its audit event at once, not leave it in a unit of work.");

    public Task RecordNowAsync(string action, Guid? tenantId, Guid? userId, string? userName, string? detail, CancellationToken ct)
    {
        Saved.Add((action, tenantId, userId, userName, detail));
        return Task.CompletedTask;
    }
}
