using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposeRoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RoundDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ResourceAssessmentDue = table.Column<DateOnly>(type: "date", nullable: false),
                    StateReportDue = table.Column<DateOnly>(type: "date", nullable: false),
                    ReminderDays = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DaysBefore = table.Column<int>(type: "int", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Recipients = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.Sql(Exec(
                """
                ALTER SECURITY POLICY [Security].[TenantPolicy]
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[LegalCalendars],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[LegalCalendars] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[LegalCalendars] AFTER UPDATE,
                    ADD FILTER PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[RoundReminders],
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[RoundReminders] AFTER INSERT,
                    ADD BLOCK PREDICATE [Security].[fn_TenantAccess]([TenantId]) ON [dbo].[RoundReminders] AFTER UPDATE;
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Exec(
                """
                ALTER SECURITY POLICY [Security].[TenantPolicy]
                    DROP FILTER PREDICATE ON [dbo].[LegalCalendars],
                    DROP BLOCK PREDICATE ON [dbo].[LegalCalendars] AFTER INSERT,
                    DROP BLOCK PREDICATE ON [dbo].[LegalCalendars] AFTER UPDATE,
                    DROP FILTER PREDICATE ON [dbo].[RoundReminders],
                    DROP BLOCK PREDICATE ON [dbo].[RoundReminders] AFTER INSERT,
                    DROP BLOCK PREDICATE ON [dbo].[RoundReminders] AFTER UPDATE;
                """));

            migrationBuilder.DropTable(
                name: "LegalCalendars");

            migrationBuilder.DropTable(
                name: "RoundReminders");
        }

        private static string Exec(string sql) => "EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "');";
    }
}
