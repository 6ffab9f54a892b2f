using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DocumentChapters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentChapters",
                table: "Strategies",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DocumentChapters",
                table: "Strategies");
        }
    }
}
