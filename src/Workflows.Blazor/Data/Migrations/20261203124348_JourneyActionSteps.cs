using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class JourneyActionSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DecidingUntil",
                table: "JourneyRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "JourneyRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "JourneyRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "JourneyRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Executions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Approvals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JourneyActionSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<string>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<string>(type: "TEXT", nullable: true),
                    ScheduledId = table.Column<string>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UsedParametersJson = table.Column<string>(type: "TEXT", nullable: true),
                    OutputJson = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyActionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyActionSteps_JourneyRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "JourneyRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Executions_IdempotencyKey",
                table: "Executions",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_IdempotencyKey",
                table: "Approvals",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActionSteps_IdempotencyKey",
                table: "JourneyActionSteps",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActionSteps_RunId",
                table: "JourneyActionSteps",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActionSteps_Status_RunId",
                table: "JourneyActionSteps",
                columns: new[] { "Status", "RunId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneyActionSteps");

            migrationBuilder.DropIndex(
                name: "IX_Executions_IdempotencyKey",
                table: "Executions");

            migrationBuilder.DropIndex(
                name: "IX_Approvals_IdempotencyKey",
                table: "Approvals");

            migrationBuilder.DropColumn(
                name: "DecidingUntil",
                table: "JourneyRuns");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "JourneyRuns");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "JourneyRuns");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "JourneyRuns");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Executions");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Approvals");
        }
    }
}
