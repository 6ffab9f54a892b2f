using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignUpConfirmation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConfirmationTokenHash",
                table: "SignUpRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignUpRequests_ConfirmationTokenHash",
                table: "SignUpRequests",
                column: "ConfirmationTokenHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignUpRequests_ConfirmationTokenHash",
                table: "SignUpRequests");

            migrationBuilder.DropColumn(
                name: "ConfirmationTokenHash",
                table: "SignUpRequests");
        }
    }
}
