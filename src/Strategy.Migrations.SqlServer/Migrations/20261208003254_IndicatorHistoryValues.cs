using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorHistoryValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "By",
                table: "IndicatorChanges");

            migrationBuilder.DropColumn(
                name: "NewValue",
                table: "IndicatorChanges");

            migrationBuilder.DropColumn(
                name: "OldValue",
                table: "IndicatorChanges");

            migrationBuilder.AddColumn<Guid>(
                name: "ByUserId",
                table: "IndicatorChanges",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewValueJson",
                table: "IndicatorChanges",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldValueJson",
                table: "IndicatorChanges",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ByUserId",
                table: "IndicatorChanges");

            migrationBuilder.DropColumn(
                name: "NewValueJson",
                table: "IndicatorChanges");

            migrationBuilder.DropColumn(
                name: "OldValueJson",
                table: "IndicatorChanges");

            migrationBuilder.AddColumn<string>(
                name: "By",
                table: "IndicatorChanges",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NewValue",
                table: "IndicatorChanges",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldValue",
                table: "IndicatorChanges",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }
    }
}
