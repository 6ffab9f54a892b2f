using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Strategy.Infrastructure.Persistence;

namespace Strategy.IntegrationTests.Persistence;

/// <summary>
/// Both providers' migrations match the model. SQL Server cannot run on these machines, so its
/// idempotent deployment script is generated and parsed as T-SQL instead.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new Strategy.Migrations.Sqlite.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no SQLite migration: run dotnet ef migrations add for Strategy.Migrations.Sqlite.");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = new Strategy.Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no SQL Server migration: run dotnet ef migrations add for Strategy.Migrations.SqlServer.");
    }

    /// <summary>
    /// Migrations that only SQL Server has, because they hold only SQL Server features and no model change:
    /// row-level security (ADR 0013).
    /// </summary>
    private static readonly string[] SqlServerOnly = ["RowLevelSecurity"];

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new Strategy.Migrations.Sqlite.DesignTimeDbContextFactory().CreateDbContext([]);
        using var sqlServer = new Strategy.Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.Equal(Names(sqlite), Names(sqlServer).Except(SqlServerOnly));
        Assert.All(SqlServerOnly, name => Assert.Contains(name, Names(sqlServer)));

        static IEnumerable<string> Names(AppDbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
    }

    [Fact]
    public void The_idempotent_SqlServer_script_parses_as_T_SQL_without_errors()
    {
        using var db = new Strategy.Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var tables = new CreatedTables();
        fragment.Accept(tables);
        Assert.Equal(
            [
                "AnnualReports", "ApiClients", "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetUsers",
                "AuditEvents", "BenchmarkMetrics", "DataProtectionKeys", "ElementInstitutions", "IndicatorChanges", "Indicators", "Institutions", "Invitations", "LegalCalendars", "MeasurementEntries", "MeasurementParts", "Measurements",
                "Memberships", "OpenIddictApplications", "OpenIddictAuthorizations", "OpenIddictScopes", "OpenIddictTokens", "OutboxMessages", "PopulationFigures", "PublishedReports", "ReportingRounds", "RoundReminders", "SignUpRequests",
                "Strategies", "StrategyElements", "StrategyLevels", "SupportSessions", "TaskReports", "TenantDataVersions", "Tenants", "__EFMigrationsHistory",
            ],
            tables.Names.Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("CREATE UNIQUE INDEX [IX_Institutions_TenantId_Name]", script);
        Assert.Contains("CREATE SECURITY POLICY [Security].[TenantPolicy]", script); // inside EXEC(N'...'): RowLevelSecurityMigrationTests parses it
    }

    /// <summary>Collects the tables the parsed script creates, wherever the idempotent guards nest them.</summary>
    private sealed class CreatedTables : TSqlFragmentVisitor
    {
        public List<string> Names { get; } = [];

        public override void Visit(CreateTableStatement node) => Names.Add(node.SchemaObjectName.BaseIdentifier.Value);
    }
}
