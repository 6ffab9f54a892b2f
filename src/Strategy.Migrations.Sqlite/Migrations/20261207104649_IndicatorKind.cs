using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Strategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Indicators",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            // Indicators stored before kinds existed: the two plain cases of IndicatorKinds.Infer; the coordinator corrects the rest.
            migrationBuilder.Sql("UPDATE Indicators SET Kind = 'Count' WHERE Name LIKE 'Liczba%'");
            migrationBuilder.Sql("UPDATE Indicators SET Kind = 'Percentage' WHERE Unit = '%' OR Name LIKE 'Odsetek%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Indicators");
        }
    }
}
