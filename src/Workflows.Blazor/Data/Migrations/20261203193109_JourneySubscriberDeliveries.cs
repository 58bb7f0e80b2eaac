using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class JourneySubscriberDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JourneySubscriberDeliveries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    RunId = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneySubscriberDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneySubscriberDeliveries_JourneyRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "JourneyRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JourneySubscriberDeliveries_NextAttemptAt",
                table: "JourneySubscriberDeliveries",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_JourneySubscriberDeliveries_RunId",
                table: "JourneySubscriberDeliveries",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneySubscriberDeliveries");
        }
    }
}
