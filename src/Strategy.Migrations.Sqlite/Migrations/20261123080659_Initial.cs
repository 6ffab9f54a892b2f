using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    TerytCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 7, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Voivodeship = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Institutions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    AdoptionResolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategies_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StrategyElements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyElements_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyElements_StrategyElements_ParentId",
                        column: x => x.ParentId,
                        principalTable: "StrategyElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrategyElements_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StrategyLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyLevels_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyLevels_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ElementInstitutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElementInstitutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElementInstitutions_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElementInstitutions_StrategyElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "StrategyElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElementInstitutions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SupplierInstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Institutions_SupplierInstitutionId",
                        column: x => x.SupplierInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Indicators_StrategyElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "StrategyElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Indicators_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NoData = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoDataReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measurements_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Measurements_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementParts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementParts_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasurementParts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElementInstitutions_ElementId",
                table: "ElementInstitutions",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementInstitutions_InstitutionId",
                table: "ElementInstitutions",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementInstitutions_TenantId",
                table: "ElementInstitutions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementInstitutions_TenantId_ElementId_InstitutionId_Role",
                table: "ElementInstitutions",
                columns: new[] { "TenantId", "ElementId", "InstitutionId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ElementId",
                table: "Indicators",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SupplierInstitutionId",
                table: "Indicators",
                column: "SupplierInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_TenantId",
                table: "Indicators",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_TenantId",
                table: "Institutions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_TenantId_Name",
                table: "Institutions",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementParts_MeasurementId",
                table: "MeasurementParts",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementParts_TenantId",
                table: "MeasurementParts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementParts_TenantId_MeasurementId_Order",
                table: "MeasurementParts",
                columns: new[] { "TenantId", "MeasurementId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_IndicatorId",
                table: "Measurements",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_TenantId",
                table: "Measurements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_TenantId_IndicatorId_Year",
                table: "Measurements",
                columns: new[] { "TenantId", "IndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_TenantId",
                table: "Strategies",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyElements_ParentId",
                table: "StrategyElements",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyElements_StrategyId",
                table: "StrategyElements",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyElements_TenantId",
                table: "StrategyElements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyElements_TenantId_StrategyId_Depth_Order",
                table: "StrategyElements",
                columns: new[] { "TenantId", "StrategyId", "Depth", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyLevels_StrategyId",
                table: "StrategyLevels",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyLevels_TenantId",
                table: "StrategyLevels",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyLevels_TenantId_StrategyId_Depth",
                table: "StrategyLevels",
                columns: new[] { "TenantId", "StrategyId", "Depth" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Identifier",
                table: "Tenants",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_TerytCode",
                table: "Tenants",
                column: "TerytCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElementInstitutions");

            migrationBuilder.DropTable(
                name: "MeasurementParts");

            migrationBuilder.DropTable(
                name: "StrategyLevels");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "StrategyElements");

            migrationBuilder.DropTable(
                name: "Strategies");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
