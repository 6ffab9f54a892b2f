using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Messaging;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Reports;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Persistence;

/// <summary>
/// The one database context. Every <see cref="ITenantOwned"/> entity gets the named query filter
/// <see cref="TenantFilter"/> on the current tenant and a foreign key to the catalogue; saving checks
/// that no row crosses from one tenant into another. Identity, OpenIddict and data-protection
/// tables live here too, as global tables. On SQL Server, row-level security is the second wall
/// (ADR 0013): <see cref="TenantSessionContextInterceptor"/> tells each session its gmina.
/// Instances are pooled (setting one up cost a page a sixth of its time): each scope rents one through
/// <see cref="ScopedAppDbContext"/>, which gives it the scope's gmina and returns it when the scope ends.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    private ITenantContext? _tenantContext;
    private bool _rentedByScope;

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

    public DbSet<ReportingRound> ReportingRounds => Set<ReportingRound>();

    public DbSet<LegalCalendar> LegalCalendars => Set<LegalCalendar>();

    public DbSet<RoundReminder> RoundReminders => Set<RoundReminder>();

    public DbSet<MeasurementEntry> MeasurementEntries => Set<MeasurementEntry>();

    public DbSet<IndicatorChange> IndicatorChanges => Set<IndicatorChange>();

    public DbSet<TaskReport> TaskReports => Set<TaskReport>();

    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<BenchmarkMetric> BenchmarkMetrics => Set<BenchmarkMetric>();

    public DbSet<PopulationFigure> PopulationFigures => Set<PopulationFigure>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<SupportSession> SupportSessions => Set<SupportSession>();

    public DbSet<SignUpRequest> SignUpRequests => Set<SignUpRequest>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Data-protection keys, shared by every replica (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Each gmina's data version, renewed by every save that changes its data (ADR 0017).</summary>
    public DbSet<TenantDataVersion> TenantDataVersions => Set<TenantDataVersion>();

    /// <summary>
    /// Read by the query filter on every query. With no tenant resolved it is <see cref="Guid.Empty"/>,
    /// which matches no row: a query outside a tenant sees nothing rather than everything.
    /// </summary>
    internal Guid CurrentTenantId => _tenantContext?.Current?.Id ?? Guid.Empty;

    /// <summary>The gmina a SQL Server session is set to for row-level security (ADR 0013); null when none is resolved.</summary>
    internal Guid? SessionTenantId => _tenantContext?.Current?.Id;

    /// <summary>
    /// Set only by <see cref="RowLevelSecurityBypass"/>, for its duration: the SQL Server session may reach
    /// every gmina's rows. The query filter and the save guard are not affected.
    /// </summary>
    internal bool RowLevelSecurityBypassed { get; set; }

    /// <summary>The gmina this context works in from now on: the renting scope's.</summary>
    public AppDbContext For(ITenantContext tenantContext)
    {
        _tenantContext = tenantContext;
        return this;
    }

    /// <summary>
    /// While a scope holds it, disposing does nothing: the container disposes the context once under each
    /// service it is registered as (this type, <see cref="IAppDbContext"/>), and a second return to the
    /// pool could hand back a context another scope has rented meanwhile. Only the scope's
    /// <see cref="ScopedAppDbContext"/> returns it, once. Whoever returns it, it goes back to the pool
    /// with no gmina and no bypass of row-level security: a context taken from the pool directly sees nothing.
    /// </summary>
    public override void Dispose()
    {
        if (!_rentedByScope)
        {
            Forget();
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        if (_rentedByScope)
        {
            return ValueTask.CompletedTask;
        }

        Forget();
        return base.DisposeAsync();
    }

    internal AppDbContext RentedBy(ITenantContext tenantContext)
    {
        _rentedByScope = true;
        return For(tenantContext);
    }

    internal void Return()
    {
        _rentedByScope = false;
        Dispose();
    }

    internal ValueTask ReturnAsync()
    {
        _rentedByScope = false;
        return DisposeAsync();
    }

    private void Forget()
    {
        _tenantContext = null;
        RowLevelSecurityBypassed = false;
    }

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

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();

            // Ids are made by the entities themselves: a new child added to a tracked parent (a value
            // approved for a new year) must then be inserted, not taken for an existing row to update.
            modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
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
        configurationBuilder.Properties<IndicatorKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TenantRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<StartingModel>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SignUpState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MetricNormalisation>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ValueSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or sort DateTimeOffset text; all our times are UTC, so ticks sort correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        using var turn = SqliteWriteGate.Enter(this);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw Conflict(e);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            throw Conflict(e);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        using var turn = await SqliteWriteGate.EnterAsync(this, cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw Conflict(e);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            throw Conflict(e);
        }
    }

    private void BeforeSave()
    {
        TenantGuard.Check(ChangeTracker, _tenantContext?.Current?.Id);
        foreach (var entry in ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }

        DataVersionRenewal.Renew(this);
    }

    // Someone saved the same record between our read and our write: nothing of this save is kept.
    // Two people creating the same record at once (the first report of a value): the second insert
    // breaks a unique index, which is the same conflict as two updates, not a server error.
    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    private static ConflictException Conflict(DbUpdateException e) =>
        new("Ktoś inny zapisał ten sam rekord w tej samej chwili. Nic nie zostało zapisane: odśwież stronę, sprawdź jego zmiany i zapisz ponownie.", e);

    // e => e.TenantId == this.CurrentTenantId; EF evaluates the context member per query, per context instance.
    private LambdaExpression TenantFilterFor(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var tenantId = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }
}
