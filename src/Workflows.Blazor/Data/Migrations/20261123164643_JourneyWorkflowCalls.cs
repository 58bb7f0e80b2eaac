using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class JourneyWorkflowCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JourneyWorkflowCalls",
                columns: table => new
                {
                    ExecutionId = table.Column<string>(type: "TEXT", nullable: false),
                    RunId = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyWorkflowCalls", x => x.ExecutionId);
                    table.ForeignKey(
                        name: "FK_JourneyWorkflowCalls_JourneyRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "JourneyRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyWorkflowCalls_ReportedAt",
                table: "JourneyWorkflowCalls",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyWorkflowCalls_RunId",
                table: "JourneyWorkflowCalls",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneyWorkflowCalls");
        }
    }
}
