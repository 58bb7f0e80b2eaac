using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class RewardActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task ApplyReward_AddsPointsToTheBalance_AndWritesALedgerLine()
    {
        var reward = await app.Factory.OutputOfAsync("customer.apply_reward", new JsonObject { ["customerId"] = "cust_009", ["points"] = 500, ["reason"] = "Birthday" });

        var customer = await app.Factory.OutputOfAsync("customer_get", new JsonObject { ["customerId"] = "cust_009" });
        var line = Assert.Single(await LedgerAsync("cust_009"));
        Assert.Equal((500, 500), (reward["pointsAdded"]!.GetValue<int>(), reward["loyaltyPoints"]!.GetValue<int>()));
        Assert.Equal(500, customer["loyaltyPoints"]!.GetValue<int>());
        Assert.Equal((500, 500, "Birthday", reward["rewardId"]!.GetValue<string>()), (line.Points, line.BalanceAfter, line.Reason, line.Id));
    }

    [Fact]
    public async Task ApplyReward_ChangesNothing_WhenTheSameStepRunsAgain()
    {
        var executionId = Guid.NewGuid().ToString("N");

        var first = await app.Factory.OutputOfAsync("apply_loyalty_points", new JsonObject { ["customerId"] = "cust_011", ["points"] = 300 }, executionId: executionId);
        var again = await app.Factory.OutputOfAsync("apply_loyalty_points", new JsonObject { ["customerId"] = "cust_011", ["points"] = 300 }, executionId: executionId);

        Assert.Single(await LedgerAsync("cust_011"));
        Assert.Equal(first["rewardId"]!.GetValue<string>(), again["rewardId"]!.GetValue<string>());
        Assert.Equal(300, (await app.Factory.QueryAsync(db => db.Customers.SingleAsync(c => c.Id == "cust_011"))).LoyaltyPoints);
    }

    [Fact]
    public async Task ApplyReward_IssuesACouponValidForTheGivenDays_ForADiscount()
    {
        var reward = await app.Factory.OutputOfAsync("apply_discount", new JsonObject { ["customerId"] = "cust_013", ["discountPercent"] = 15, ["validDays"] = 10 });

        Assert.Matches("^SAVE15-[0-9A-F]{8}$", reward["couponCode"]!.GetValue<string>());
        Assert.Equal(app.Factory.Clock.GetUtcNow().AddDays(10), DateTimeOffset.Parse(reward["expiresAt"]!.GetValue<string>()));
        Assert.Equal(15, Assert.Single(await LedgerAsync("cust_013")).DiscountPercent);
    }

    [Fact]
    public async Task ApplyReward_FailsAndKeepsTheBalance_WhenMorePointsAreTakenBackThanHeld()
    {
        var error = await app.Factory.ErrorOfAsync("customer.apply_reward", new JsonObject { ["customerId"] = "cust_017", ["points"] = -100 });

        Assert.Equal("Priya Torvalds has 0 loyalty points, so 100 cannot be taken back.", error);
        Assert.Empty(await LedgerAsync("cust_017"));
        Assert.Equal(0, (await app.Factory.QueryAsync(db => db.Customers.SingleAsync(c => c.Id == "cust_017"))).LoyaltyPoints);
    }

    [Theory]
    [InlineData("""{ "customerId": "cust_019" }""", "Give some loyalty points (points), a discount (discountPercent), or both.")]
    [InlineData("""{ "customerId": "cust_019", "points": 2.5 }""", "Loyalty points (points) should be a whole number")]
    [InlineData("""{ "customerId": "cust_019", "discountPercent": 150 }""", "The discount (discountPercent) should be from 1 to 100 percent, not 150.")]
    [InlineData("""{ "customerId": "nobody", "points": 10 }""", "There is no customer 'nobody'.")]
    public async Task ApplyReward_TakesTheErrorPort_ForBadInput(string parameters, string error)
    {
        Assert.StartsWith(error, await app.Factory.ErrorOfAsync("customer.apply_reward", JsonNode.Parse(parameters)!.AsObject()));
    }

    private Task<List<CustomerRewardEntity>> LedgerAsync(string customerId) =>
        app.Factory.QueryAsync(db => db.CustomerRewards.AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync());
}
