using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Messaging;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// The one database context. Every <see cref="ITenantOwned"/> entity gets the named query filter
/// <see cref="TenantFilter"/> on the current tenant and a foreign key to the catalogue; saving checks
/// that no row crosses from one tenant into another. Identity, OpenIddict and data-protection
/// tables live here too, as global tables.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext tenantContext)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    /// <summary>The name of the tenant query filter, for the one place allowed to lift it.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<MunicipalStrategy> Strategies => Set<MunicipalStrategy>();

    public DbSet<StrategyLevel> StrategyLevels => Set<StrategyLevel>();

    public DbSet<StrategyElement> Elements => Set<StrategyElement>();

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<ElementInstitution> ElementInstitutions => Set<ElementInstitution>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<MeasurementPart> MeasurementParts => Set<MeasurementPart>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<SupportSession> SupportSessions => Set<SupportSession>();

    public DbSet<SignUpRequest> SignUpRequests => Set<SignUpRequest>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Data-protection keys, shared by every replica (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Read by the query filter on every query. With no tenant resolved it is <see cref="Guid.Empty"/>,
    /// which matches no row: a query outside a tenant sees nothing rather than everything.
    /// </summary>
    internal Guid CurrentTenantId => tenantContext.Current?.Id ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var builder = modelBuilder.Entity(entityType.ClrType);
            builder.HasQueryFilter(TenantFilter, TenantFilterFor(entityType.ClrType));
            builder.HasIndex(nameof(ITenantOwned.TenantId));
            builder.HasOne(typeof(Tenant)).WithMany().HasForeignKey(nameof(ITenantOwned.TenantId)).OnDelete(DeleteBehavior.Restrict);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<TenantState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MunicipalityKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<StrategyStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InstitutionRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<IndicatorDirection>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TenantRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<StartingModel>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SignUpState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or sort DateTimeOffset text; all our times are UTC, so ticks sort correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TenantGuard.Check(ChangeTracker, tenantContext.Current?.Id);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantGuard.Check(ChangeTracker, tenantContext.Current?.Id);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // e => e.TenantId == this.CurrentTenantId; EF evaluates the context member per query, per context instance.
    private LambdaExpression TenantFilterFor(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var tenantId = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }
}
