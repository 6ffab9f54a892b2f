using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <summary>The benchmark catalogue, indicator mapping, consent to share, population by year and the source of each value.</summary>
    public partial class Benchmarking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharesBenchmarks",
                table: "Tenants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "QualityFlag",
                table: "Measurements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Measurements",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Person");

            migrationBuilder.AddColumn<Guid>(
                name: "BenchmarkMetricId",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BenchmarkMetrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NamePl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Normalisation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BdlVariableId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkMetrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PopulationFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Residents = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QualityFlag = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
    }
}
