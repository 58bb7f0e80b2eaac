using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Rewards;

/// <summary>
/// Seed 000's "apply discounts or loyalty points": adds (or takes back) loyalty points and/or issues a discount coupon,
/// each a line of the customer's rewards ledger. A step re-run after a crash finds its line and changes nothing.
/// </summary>
public sealed class ApplyRewardAction(IDbContextFactory<AppDbContext> contexts, CustomerCommands customers, TimeProvider time) : IActionHandler
{
    private const int MaxPoints = 1_000_000;

    public ActionDeclaration Declaration { get; } = new("customer.apply_reward", "Offers and rewards",
        "Gives a customer loyalty points, a discount coupon, or both, and writes it in their rewards ledger (Data → Customers).",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("points", ParameterType.Number, "loyalty points to add; a negative number takes points back"),
            ActionParameter.Optional("discountPercent", ParameterType.Number, "a discount for the next order, in percent (1 to 100); the customer gets a coupon code"),
            ActionParameter.Optional("validDays", ParameterType.Number, "how many days the coupon can be used (30 when left out)"),
            ActionParameter.Optional("reason", ParameterType.String, "why, for the ledger"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Give discount or loyalty points",
        Synonyms = ["loyalty points", "discount", "coupon", "reward", "apply discount", "add points"],
        Outputs =
        [
            Text("rewardId", "Reward ID", "rwd_0193a1b2c3d4e5f6a7b8"), Text("customerId", "Customer ID", "cust_456"),
            Number("pointsAdded", "Points added", "500"), Number("loyaltyPoints", "Points balance", "1200"),
            Number("discountPercent", "Discount (%)", "15"), Text("couponCode", "Coupon code", "SAVE15-7F3A9C21"),
            Date("expiresAt", "Coupon valid until", "2026-12-23T08:00:00Z"),
        ],
        Aliases = ["apply_reward", "apply_discount", "apply_loyalty_points", "loyalty.add_points", "discount.apply"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var customerId = invocation.RequireString("customerId");
        var points = Points(invocation);
        var discount = Discount(invocation);
        if (points == 0 && discount is null)
        {
            throw new StepFailedException("Give some loyalty points (points), a discount (discountPercent), or both.");
        }
        var validDays = invocation.GetInt("validDays", 30, 1, 3650);

        return new ActionResult(ToJson(await KeyedRecords.CreateOnceAsync(contexts, invocation.IdempotencyKey, db => db.CustomerRewards, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var customer = await customers.AddLoyaltyPointsAsync(db, customerId, points, cancellationToken);
            var now = time.GetUtcNow();
            var reward = new CustomerRewardEntity
            {
                Id = Ids.Short("rwd"),
                CustomerId = customer.Id,
                Points = points,
                BalanceAfter = customer.LoyaltyPoints,
                DiscountPercent = discount,
                CouponCode = discount is { } percent ? CouponCodes.New($"SAVE{percent:0}") : null,
                ExpiresAt = discount is null ? null : now.AddDays(validDays),
                Reason = invocation.GetString("reason"),
                ExecutionId = invocation.ExecutionId(),
                IdempotencyKey = invocation.IdempotencyKey,
                CreatedAt = now,
            };
            db.CustomerRewards.Add(reward);
            // A run of the same step racing this one (a resumed run and the one it replaces) fails here and rolls back its points.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await customers.LoyaltyPointsChangedAsync(customer, points);
            return reward;
        }, cancellationToken)));
    }

    private static int Points(ActionInvocation invocation) => invocation.GetDouble("points") switch
    {
        null => 0,
        var p when p != Math.Floor(p.Value) || Math.Abs(p.Value) > MaxPoints =>
            throw new StepFailedException($"Loyalty points (points) should be a whole number between -{MaxPoints:N0} and {MaxPoints:N0}, not {p}."),
        var p => (int)p.Value,
    };

    private static double? Discount(ActionInvocation invocation) => invocation.GetDouble("discountPercent") switch
    {
        null => null,
        var d when d is < 1 or > 100 => throw new StepFailedException($"The discount (discountPercent) should be from 1 to 100 percent, not {d}."),
        var d => d,
    };

    private static JsonObject ToJson(CustomerRewardEntity reward) => new()
    {
        ["rewardId"] = reward.Id,
        ["customerId"] = reward.CustomerId,
        ["pointsAdded"] = reward.Points,
        ["loyaltyPoints"] = reward.BalanceAfter,
        ["discountPercent"] = reward.DiscountPercent,
        ["couponCode"] = reward.CouponCode,
        ["expiresAt"] = JsonStore.Time(reward.ExpiresAt),
        ["reason"] = reward.Reason,
    };
}
