using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// The user guide's examples, imported unchanged, run end to end on the demo store through the real runner,
/// with the LLM steps given test outputs.
/// </summary>
public sealed class GuidePatternTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private static string Guide(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", file));

    [Fact]
    public async Task Pattern1_DraftsRepliesForOpenConversations()
    {
        var execution = await RunAsync("pattern1-auto-reply.json", new { }, new JsonObject
        {
            ["check_needs_reply"] = new JsonObject { ["needsReply"] = true },
            ["generate_reply"] = "Thanks for your patience, we are on it.",
        });

        var drafts = StepsOf(execution, "save_reply");
        Assert.InRange(drafts.Count, 1, 10);
        Assert.All(drafts, d => Assert.Equal("success", d["port"]!.GetValue<string>()));
        Assert.True(drafts[0]["output"]!["isDraft"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Pattern2_SavesRecommendationsAndEmailsThem()
    {
        var execution = await RunAsync("pattern2-product-recommendations.json", new { customerId = "cust_456" }, new JsonObject
        {
            ["recommend_products"] = new JsonObject { ["products"] = new JsonArray("prod_001", "prod_008", "prod_014") },
        });

        Assert.Equal(3, StepsOf(execution, "save_recommendations").Single()["output"]!["count"]!.GetValue<int>());
        Assert.Equal("john@example.com", StepsOf(execution, "send_email").Single()["input"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pattern3_AssessesEveryInactiveCustomer()
    {
        var execution = await RunAsync("pattern3-assess-customer-health.json", new { }, new JsonObject
        {
            ["assess_customer"] = new JsonObject { ["status"] = "at_risk" },
        });

        var updates = StepsOf(execution, "update_customer");
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal("at_risk", u["output"]!["status"]!.GetValue<string>()));
        Assert.Equal(updates.Count, StepsOf(execution, "loop_customers").Count - 1);
    }

    [Fact]
    public async Task Pattern4_KeepsBothAnalysesInVariables()
    {
        var execution = await RunAsync("pattern4-customer-analysis.json", new { customerId = "cust_456" }, new JsonObject
        {
            ["analyze_customer"] = "Buys espresso every month.",
            ["recommend_actions"] = "1. Offer a subscription. 2. Suggest a grinder. 3. Send a thank-you.",
        }, threadId: "thread_abc123");

        Assert.Equal("Buys espresso every month.", execution["variables"]!["analysis"]!.GetValue<string>());
        Assert.StartsWith("1. Offer a subscription", execution["variables"]!["recommendations"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pattern5_MarksTheCustomerContacted_WhenTheEmailGoesOut()
    {
        var execution = await RunAsync("pattern5-error-handling.json", new { customerId = "cust_456" }, null);

        var marked = StepsOf(execution, "mark_sent").Single();
        Assert.True(marked["output"]!["emailSent"]!.GetValue<bool>());
        Assert.Empty(StepsOf(execution, "log_failure"));
    }

    [Fact]
    public async Task LoopExample_EmailsEachCustomer()
    {
        var execution = await RunAsync("loop-email-each-customer.json", new { }, null);

        var emails = StepsOf(execution, "send_email");
        Assert.Equal(5, emails.Count);
        Assert.Equal("You are customer #4", emails[4]["input"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task WelcomeEmail_GreetsTheCustomerByName()
    {
        var execution = await RunAsync("welcome-email.json", new { customerId = "cust_456" }, null);

        Assert.Equal("Hi John Doe, welcome aboard!", StepsOf(execution, "send_email").Single()["input"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task VipOffer_WaitsForAReviewer_ForAVipCustomer()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var vip = (await app.Factory.OutputOfAsync("customer_filter", new JsonObject { ["expression"] = "totalSpent > 1000", ["limit"] = 1 }))["customers"]![0]!;
        var workflowId = await client.ImportAsync(Guide("vip-offer-review.json"));

        var executionId = await client.StartRunAsync(workflowId, new { input = new { customerId = vip["id"]!.GetValue<string>() } });
        var execution = await client.WaitForStatusAsync(executionId, "waiting");

        Assert.Equal("review_vip_offer", execution["currentStep"]!.GetValue<string>());
    }

    private async Task<JsonObject> RunAsync(string file, object input, JsonObject? testOutputs, string? threadId = null)
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(Guide(file));
        var executionId = await client.StartRunAsync(workflowId, new { input, testOutputs, threadId });
        return await client.WaitForStatusAsync(executionId, "completed");
    }

    private static List<JsonNode> StepsOf(JsonObject execution, string slug) =>
        execution["steps"]!.AsArray().Where(s => s!["stepSlug"]!.GetValue<string>() == slug).Select(s => s!).ToList();
}
