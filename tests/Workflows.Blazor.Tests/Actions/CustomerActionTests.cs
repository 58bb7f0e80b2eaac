using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class CustomerActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task GetCustomer_ReturnsTheGuidesCustomer_WithItsIdAsUnderscoreIdAndId()
    {
        var customer = await app.Factory.OutputOfAsync("customer_get", new JsonObject { ["customerId"] = "cust_456" });

        Assert.Equal(("John Doe", "john@example.com"), (customer["name"]!.GetValue<string>(), customer["email"]!.GetValue<string>()));
        Assert.Equal("cust_456", customer["_id"]!.GetValue<string>());
        Assert.Equal("cust_456", customer["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetCustomer_SaysWhichIdIsUnknown()
    {
        var error = await app.Factory.ErrorOfAsync("customer.get_by_id", new JsonObject { ["customerId"] = "cust_nope" });

        Assert.Equal("There is no customer 'cust_nope'.", error);
    }

    [Fact]
    public async Task CustomerSearch_FindsInactiveCustomers_AsTheGuidesPattern3Asks()
    {
        var result = await app.Factory.OutputOfAsync("customer_search", new JsonObject { ["status"] = "inactive", ["limit"] = 100 });

        var customers = result["customers"]!.AsArray();
        Assert.NotEmpty(customers);
        Assert.All(customers, c => Assert.Equal("inactive", c!["status"]!.GetValue<string>()));
        Assert.Equal(customers.Count, Math.Min(100, result["total"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CustomerUpdate_KeepsFieldsItDoesNotKnowAsCustomFields()
    {
        var updated = await app.Factory.OutputOfAsync("customer_update", new JsonObject
        {
            ["customerId"] = "cust_002", ["emailSent"] = true, ["lastContactedAt"] = "2026-11-23T10:00:00Z", ["tier"] = "gold",
        });

        Assert.True(updated["emailSent"]!.GetValue<bool>());
        Assert.Equal("gold", updated["tier"]!.GetValue<string>());
        var reread = await app.Factory.OutputOfAsync("customer_get", new JsonObject { ["customerId"] = "cust_002" });
        Assert.Equal("2026-11-23T10:00:00Z", reread["lastContactedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task CustomerUpdate_SetsTheGuidesVipStatus_AndASegmentRuleOnItMatches()
    {
        await app.Factory.QueryAsync(async db =>
        {
            db.SegmentationRules.Add(new SegmentationRuleEntity { Id = "seg_vip_status", Name = "VIP by status", Expression = "status == 'VIP'", Priority = -1, IsEnabled = true });
            return await db.SaveChangesAsync();
        });

        var updated = await app.Factory.OutputOfAsync("customer_update", new JsonObject { ["customerId"] = "cust_003", ["status"] = "  VIP " });
        var segmented = await app.Factory.OutputOfAsync("data.segment_customer", new JsonObject { ["customerId"] = "cust_003" });

        Assert.Equal("VIP", updated["status"]!.GetValue<string>());
        Assert.Equal("seg_vip_status", segmented["segmentId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("gold\nmember", "control characters")]
    [InlineData("a status that goes on far longer than any label should", "at most 40")]
    public async Task CustomerUpdate_RefusesAStatusThatIsNotAShortLabel(string status, string expected)
    {
        var error = await app.Factory.ErrorOfAsync("customer_update", new JsonObject { ["customerId"] = "cust_003", ["status"] = status });

        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task CustomerFilter_SelectsWithTheConditionLanguage()
    {
        var result = await app.Factory.OutputOfAsync("customer_filter", new JsonObject { ["expression"] = "totalSpent > 1000 && tags includes 'vip'" });

        var customers = result["customers"]!.AsArray();
        Assert.NotEmpty(customers);
        Assert.All(customers, c => Assert.True(c!["totalSpent"]!.GetValue<double>() > 1000));
        Assert.All(customers, c => Assert.Contains("vip", c!["tags"]!.AsArray().Select(t => t!.GetValue<string>())));
    }

    [Fact]
    public async Task CustomerFilter_ExplainsAnExpressionThatDoesNotParse()
    {
        var error = await app.Factory.ErrorOfAsync("customer_filter", new JsonObject { ["expression"] = "totalSpent >" });

        Assert.Contains("does not parse", error);
    }

    [Fact]
    public async Task CustomerOrders_ListsTheNewestFirst_WithTheirItems()
    {
        var result = await app.Factory.OutputOfAsync("customer_orders", new JsonObject { ["customerId"] = "cust_456", ["limit"] = 20 });

        var placed = result["orders"]!.AsArray().Select(o => DateTimeOffset.Parse(o!["placedAt"]!.GetValue<string>())).ToList();
        Assert.NotEmpty(placed);
        Assert.Equal(placed.OrderByDescending(p => p), placed);
        Assert.All(result["orders"]!.AsArray(), o => Assert.NotEmpty(o!["items"]!.AsArray()));
    }

    [Fact]
    public async Task CustomerCreate_RefusesAnEmailThatIsAlreadyACustomer()
    {
        var created = await app.Factory.OutputOfAsync("customer_create", new JsonObject { ["name"] = "Nia Ode", ["email"] = "nia@example.com", ["tags"] = "new, vip" });
        var duplicate = await app.Factory.ErrorOfAsync("customer.create", new JsonObject { ["name"] = "Nia Again", ["email"] = "nia@example.com" });

        Assert.Equal(["new", "vip"], created["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("already exists", duplicate);
    }
}
