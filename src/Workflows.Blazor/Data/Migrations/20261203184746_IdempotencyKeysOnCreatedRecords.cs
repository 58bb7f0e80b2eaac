using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyKeysOnCreatedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "CampaignEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_IdempotencyKey",
                table: "Recommendations",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Products_IdempotencyKey",
                table: "Products",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_IdempotencyKey",
                table: "Orders",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_IdempotencyKey",
                table: "Messages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_IdempotencyKey",
                table: "Documents",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_IdempotencyKey",
                table: "Customers",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_IdempotencyKey",
                table: "Conversations",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEvents_IdempotencyKey",
                table: "CampaignEvents",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_IdempotencyKey",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Products_IdempotencyKey",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Orders_IdempotencyKey",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Messages_IdempotencyKey",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Documents_IdempotencyKey",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Customers_IdempotencyKey",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_IdempotencyKey",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_CampaignEvents_IdempotencyKey",
                table: "CampaignEvents");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "CampaignEvents");
        }
    }
}
