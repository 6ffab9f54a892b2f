using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignUpDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Document",
                table: "SignUpRequests",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentName",
                table: "SignUpRequests",
                type: "TEXT",
                maxLength: 260,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Document",
                table: "SignUpRequests");

            migrationBuilder.DropColumn(
                name: "DocumentName",
                table: "SignUpRequests");
        }
    }
}
