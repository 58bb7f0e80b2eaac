using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class ApprovalAndUtilityActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task Approval_IsCreatedListedDecidedOnce_AndThenInTheHistory()
    {
        var approval = await app.Factory.OutputOfAsync("create_approval", new JsonObject
        {
            ["title"] = "Check this AI reply", ["data"] = new JsonObject { ["reply"] = "Hello!" }, ["priority"] = "high", ["dueIn"] = "2 days",
        });
        var id = approval["id"]!.DeepClone();

        var pending = await app.Factory.OutputOfAsync("list_pending_approvals", new JsonObject());
        var decided = await app.Factory.OutputOfAsync("update_approval_status", new JsonObject { ["approvalId"] = id.DeepClone(), ["status"] = "approved", ["comment"] = "fine" });
        var again = await app.Factory.ErrorOfAsync("update_approval_status", new JsonObject { ["approvalId"] = id.DeepClone(), ["status"] = "rejected" });
        var history = await app.Factory.OutputOfAsync("get_approval_history", new JsonObject());

        Assert.Contains(pending["approvals"]!.AsArray(), a => a!["id"]!.GetValue<string>() == id.GetValue<string>());
        Assert.Equal("approved", decided["status"]!.GetValue<string>());
        Assert.Contains("already approved", again);
        Assert.Contains(history["approvals"]!.AsArray(), a => a!["id"]!.GetValue<string>() == id.GetValue<string>());
    }

    [Fact]
    public async Task UpdateApprovalStatus_IsAudited_UnderTheRequestsTitle()
    {
        var approval = await app.Factory.OutputOfAsync("create_approval", new JsonObject { ["title"] = "Check the refund wording" });

        await app.Factory.OutputOfAsync("update_approval_status", new JsonObject { ["approvalId"] = approval["id"]!.DeepClone(), ["status"] = "rejected" });

        var entry = Assert.Single(await app.Factory.Services.GetRequiredService<AuditQueries>().RecentAsync(10, "Check the refund wording"));
        Assert.Equal(AuditActions.ApprovalDecided, entry.Action);
        Assert.Equal("rejected", entry.Details);
    }

    [Fact]
    public async Task RecommendationCreate_SavesTheProductsForTheCustomer()
    {
        var saved = await app.Factory.OutputOfAsync("recommendation_create", new JsonObject
        {
            ["customerId"] = "cust_456", ["products"] = new JsonArray("prod_001", "prod_002", "prod_003"),
        });

        Assert.Equal(3, saved["count"]!.GetValue<int>());
        Assert.StartsWith("rec_", saved["recommendationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task CampaignEvents_AndCrmUpdates_AreRecorded()
    {
        var logged = await app.Factory.OutputOfAsync("log_campaign_event", new JsonObject { ["campaign"] = "reduce-churn", ["eventType"] = "offer_sent", ["customerId"] = "cust_010" });
        var updated = await app.Factory.OutputOfAsync("update_crm", new JsonObject
        {
            ["customerId"] = "cust_010", ["fields"] = new JsonObject { ["status"] = "active", ["accountManager"] = "Sam" }, ["note"] = "called back",
        });

        Assert.Equal("offer_sent", logged["eventType"]!.GetValue<string>());
        Assert.Equal(("active", "Sam"), (updated["status"]!.GetValue<string>(), updated["accountManager"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DataSteps_DescribeTheCustomerForAnLlmStep()
    {
        var data = await app.Factory.OutputOfAsync("fetch_customer_data", new JsonObject { ["customerId"] = "cust_456" });
        var signals = await app.Factory.OutputOfAsync("fetch_behavior_signals", new JsonObject { ["customerId"] = "cust_456", ["days"] = 365 });
        var campaign = await app.Factory.OutputOfAsync("fetch_campaign_config", new JsonObject { ["campaign"] = "reduce-churn" });

        Assert.True(data["purchases"]!["orderCount"]!.GetValue<int>() > 0);
        Assert.True(signals["ordersInPeriod"]!.GetValue<int>() > 0);
        Assert.Equal("Reduce churn among at-risk customers", campaign["goal"]!.GetValue<string>());
    }

    [Fact]
    public async Task FetchCampaignConfig_ListsTheCampaigns_WhenTheNameIsUnknown()
    {
        var error = await app.Factory.ErrorOfAsync("fetch_campaign_config", new JsonObject { ["campaign"] = "summer" });

        Assert.Contains("reduce-churn", error);
    }

    [Fact]
    public async Task Segmentor_AndEligibilityChecker_FollowTheRules()
    {
        var vip = (await app.Factory.OutputOfAsync("customer_filter", new JsonObject { ["expression"] = "tier == 'vip'", ["limit"] = 1 }))["customers"]![0]!;

        var segment = await app.Factory.OutputOfAsync("rule_based_segmentor", new JsonObject { ["customerId"] = vip["id"]!.DeepClone() });
        var offers = await app.Factory.OutputOfAsync("eligibility_checker", new JsonObject { ["customerId"] = vip["id"]!.DeepClone() });

        Assert.Equal("VIP", segment["segment"]!.GetValue<string>());
        Assert.Contains(offers["offers"]!.AsArray(), o => o!["id"]!.GetValue<string>() == "offer_vip_20");
    }
}
