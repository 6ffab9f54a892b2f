using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The benchmark catalogue, indicator mapping, consent to share, population by year and the source of
    /// each value. PopulationFigures is tenant-owned, so it joins the row-level security policy (ADR 0013).
    /// </summary>
    public partial class Benchmarking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharesBenchmarks",
                table: "Tenants",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "QualityFlag",
                table: "Measurements",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Measurements",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Person");

            migrationBuilder.AddColumn<Guid>(
                name: "BenchmarkMetricId",
                table: "Indicators",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BenchmarkMetrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NamePl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Definition = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Normalisation = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BdlVariableId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkMetrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PopulationFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Residents = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    QualityFlag = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopulationFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PopulationFigures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_BenchmarkMetricId",
                table: "Indicators",
                column: "BenchmarkMetricId");

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkMetrics_Code",
                table: "BenchmarkMetrics",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PopulationFigures_TenantId",
                table: "PopulationFigures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PopulationFigures_TenantId_Year",
                table: "PopulationFigures",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Indicators_BenchmarkMetrics_BenchmarkMetricId",
                table: "Indicators",
                column: "BenchmarkMetricId",
                principalTable: "BenchmarkMetrics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(Exec(
                """
                ALTER SECURITY POLICY [Security].[TenantPolicy]
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PopulationFigures],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PopulationFigures] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[PopulationFigures] AFTER UPDATE;
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Exec(
                """
                ALTER SECURITY POLICY [Security].[TenantPolicy]
                    DROP FILTER PREDICATE ON [dbo].[PopulationFigures],
                    DROP BLOCK PREDICATE ON [dbo].[PopulationFigures] AFTER INSERT,
                    DROP BLOCK PREDICATE ON [dbo].[PopulationFigures] AFTER UPDATE;
                """));

            migrationBuilder.DropForeignKey(
                name: "FK_Indicators_BenchmarkMetrics_BenchmarkMetricId",
                table: "Indicators");

            migrationBuilder.DropTable(
                name: "BenchmarkMetrics");

            migrationBuilder.DropTable(
                name: "PopulationFigures");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_BenchmarkMetricId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "SharesBenchmarks",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "QualityFlag",
                table: "Measurements");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Measurements");

            migrationBuilder.DropColumn(
                name: "BenchmarkMetricId",
                table: "Indicators");
        }

        /// <summary>The statement as a batch of its own (the idempotent script wraps each in IF ... BEGIN ... END).</summary>
        private static string Exec(string sql) => "EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "');";
    }
}
