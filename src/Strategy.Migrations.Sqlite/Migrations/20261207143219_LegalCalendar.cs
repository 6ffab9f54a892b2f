using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LegalCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LegalCalendars",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposeRoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RoundDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResourceAssessmentDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StateReportDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReminderDays = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalCalendars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalCalendars_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundReminders_ReportingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ReportingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundReminders_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalCalendars_TenantId",
                table: "LegalCalendars",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundReminders_RoundId",
                table: "RoundReminders",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundReminders_TenantId",
                table: "RoundReminders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundReminders_TenantId_RoundId_Deadline_DaysBefore",
                table: "RoundReminders",
                columns: new[] { "TenantId", "RoundId", "Deadline", "DaysBefore" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalCalendars");

            migrationBuilder.DropTable(
                name: "RoundReminders");
        }
    }
}
