using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Row-level security, the second wall between gminy (ADR 0013). SQL Server itself hides every row of
    /// a tenant-owned table whose TenantId is not the session's (SESSION_CONTEXT 'TenantId', set on every
    /// connection open by TenantSessionContextInterceptor) and refuses to insert or update a row into
    /// another gmina, unless the session carries 'RlsBypass' = 1 (the audited IRowLevelSecurityBypass).
    /// SQL Server only: SQLite has no row-level security, so there is no SQLite twin of this migration.
    /// The table list is written out: RowLevelSecurityMigrationTests checks it against every
    /// ITenantOwned entity of the model, so a new tenant-owned table fails the tests until a migration
    /// adds it to the policy (ALTER SECURITY POLICY [Security].[TenantPolicy] ADD ...).
    /// </summary>
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CREATE SCHEMA, FUNCTION and SECURITY POLICY must each begin a batch; the idempotent script
            // puts every statement inside IF ... BEGIN ... END, so each one runs through EXEC.
            migrationBuilder.Sql(Exec("CREATE SCHEMA [Security] AUTHORIZATION [dbo];"));

            // Inline and schema-bound, as a security predicate must be. A row is reachable when its
            // gmina is the session's, or when the session is an audited bypass. A NULL on either side
            // (no gmina resolved, or a row without one) matches nothing: the wall fails closed.
            migrationBuilder.Sql(Exec(
                """
                CREATE FUNCTION [Security].[fn_TenantAccess](@TenantId uniqueidentifier)
                RETURNS TABLE
                WITH SCHEMABINDING
                AS
                RETURN
                    SELECT 1 AS [Allowed]
                    WHERE @TenantId = CAST(SESSION_CONTEXT(N'TenantId') AS uniqueidentifier)
                       OR CAST(SESSION_CONTEXT(N'RlsBypass') AS bit) = 1;
                """));

            // FILTER hides other gminy's rows from SELECT, UPDATE and DELETE; BLOCK AFTER INSERT/UPDATE
            // refuses a write that would leave a row in another gmina. BEFORE UPDATE/DELETE would only
            // repeat the filter (same function, same column): a row it would block is never visible
            // to the UPDATE or DELETE in the first place.
            migrationBuilder.Sql(Exec(
                """
                CREATE SECURITY POLICY [Security].[TenantPolicy]
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[AnnualReports],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[AnnualReports] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[AnnualReports] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ApiClients],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ApiClients] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ApiClients] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ElementInstitutions],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ElementInstitutions] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ElementInstitutions] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[IndicatorChanges],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[IndicatorChanges] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[IndicatorChanges] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Indicators],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Indicators] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Indicators] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Institutions],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Institutions] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Institutions] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementEntries],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementEntries] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementEntries] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementParts],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementParts] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[MeasurementParts] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Measurements],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Measurements] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Measurements] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Memberships],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Memberships] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Memberships] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PublishedReports],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PublishedReports] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PublishedReports] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ReportingRounds],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ReportingRounds] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[ReportingRounds] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Strategies],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Strategies] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[Strategies] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyElements],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyElements] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyElements] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyLevels],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyLevels] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[StrategyLevels] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[TaskReports],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[TaskReports] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[TaskReports] AFTER UPDATE
                WITH (STATE = ON, SCHEMABINDING = ON);
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP SECURITY POLICY [Security].[TenantPolicy];");
            migrationBuilder.Sql("DROP FUNCTION [Security].[fn_TenantAccess];");
            migrationBuilder.Sql("DROP SCHEMA [Security];");
        }

        /// <summary>The statement as a batch of its own: <c>EXEC(N'...')</c>, quotes doubled.</summary>
        private static string Exec(string sql) => "EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "');";
    }
}
