using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExecutionViewer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Executions_CreatedAt",
                table: "Executions");

            migrationBuilder.AddColumn<string>(
                name: "VariablesJson",
                table: "ExecutionSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Executions_Search",
                table: "Executions",
                columns: new[] { "CreatedAt", "Id", "SubjectId", "InputJson" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Executions_Search",
                table: "Executions");

            migrationBuilder.DropColumn(
                name: "VariablesJson",
                table: "ExecutionSteps");

            migrationBuilder.CreateIndex(
                name: "IX_Executions_CreatedAt",
                table: "Executions",
                column: "CreatedAt");
        }
    }
}
