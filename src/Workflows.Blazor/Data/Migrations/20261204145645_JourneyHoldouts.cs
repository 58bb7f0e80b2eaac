using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class JourneyHoldouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HeldOut",
                table: "JourneyRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "JourneyConversions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<string>(type: "TEXT", nullable: false),
                    RunId = table.Column<string>(type: "TEXT", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", nullable: false),
                    HeldOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConvertedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyConversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyConversions_JourneyRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "JourneyRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyConversions_JourneyId_Goal_EnrolledAt",
                table: "JourneyConversions",
                columns: new[] { "JourneyId", "Goal", "EnrolledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyConversions_RunId_Goal",
                table: "JourneyConversions",
                columns: new[] { "RunId", "Goal" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneyConversions");

            migrationBuilder.DropColumn(
                name: "HeldOut",
                table: "JourneyRuns");
        }
    }
}
