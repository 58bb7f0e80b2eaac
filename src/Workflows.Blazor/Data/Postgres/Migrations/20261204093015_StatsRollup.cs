using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StatsRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Counted",
                table: "Conversions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "StatsCounts",
                columns: table => new
                {
                    WorkflowId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Hour = table.Column<long>(type: "bigint", nullable: false),
                    Goal = table.Column<string>(type: "text", nullable: false),
                    StepSlug = table.Column<string>(type: "text", nullable: false),
                    Port = table.Column<string>(type: "text", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsCounts", x => new { x.WorkflowId, x.Version, x.Hour, x.Goal, x.StepSlug, x.Port });
                    table.ForeignKey(
                        name: "FK_StatsCounts_Workflows_WorkflowId",
                        column: x => x.WorkflowId,
                        principalTable: "Workflows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatsWatermarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastStepId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsWatermarks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_Counted",
                table: "Conversions",
                column: "Counted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatsCounts");

            migrationBuilder.DropTable(
                name: "StatsWatermarks");

            migrationBuilder.DropIndex(
                name: "IX_Conversions_Counted",
                table: "Conversions");

            migrationBuilder.DropColumn(
                name: "Counted",
                table: "Conversions");
        }
    }
}
