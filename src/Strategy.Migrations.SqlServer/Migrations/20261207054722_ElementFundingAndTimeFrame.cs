using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ElementFundingAndTimeFrame : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Funding",
                table: "StrategyElements",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeFrame",
                table: "StrategyElements",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Funding",
                table: "StrategyElements");

            migrationBuilder.DropColumn(
                name: "TimeFrame",
                table: "StrategyElements");
        }
    }
}
