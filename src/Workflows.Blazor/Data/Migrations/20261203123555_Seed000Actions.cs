using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Blazor.Data.Migrations
{
    /// <inheritdoc />
    public partial class Seed000Actions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountManagerId",
                table: "Customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LoyaltyPoints",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AccountManagers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountManagers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerRewards",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    DiscountPercent = table.Column<double>(type: "REAL", nullable: true),
                    CouponCode = table.Column<string>(type: "TEXT", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    ExecutionId = table.Column<string>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerRewards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfferSends",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    OfferId = table.Column<string>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", nullable: true),
                    ExecutionId = table.Column<string>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RedeemedOrderId = table.Column<string>(type: "TEXT", nullable: true),
                    RedemptionKey = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSends", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_AccountManagerId",
                table: "Customers",
                column: "AccountManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerRewards_CouponCode",
                table: "CustomerRewards",
                column: "CouponCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerRewards_CustomerId",
                table: "CustomerRewards",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerRewards_IdempotencyKey",
                table: "CustomerRewards",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferSends_Code",
                table: "OfferSends",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferSends_CustomerId",
                table: "OfferSends",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSends_IdempotencyKey",
                table: "OfferSends",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferSends_RedemptionKey",
                table: "OfferSends",
                column: "RedemptionKey",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Customers_AccountManagers_AccountManagerId",
                table: "Customers",
                column: "AccountManagerId",
                principalTable: "AccountManagers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Customers_AccountManagers_AccountManagerId",
                table: "Customers");

            migrationBuilder.DropTable(
                name: "AccountManagers");

            migrationBuilder.DropTable(
                name: "CustomerRewards");

            migrationBuilder.DropTable(
                name: "OfferSends");

            migrationBuilder.DropIndex(
                name: "IX_Customers_AccountManagerId",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "AccountManagerId",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LoyaltyPoints",
                table: "Customers");
        }
    }
}
