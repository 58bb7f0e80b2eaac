using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>Seed 000's user-input steps as shipped templates, run end to end on the demo store with a reviewer's decision.</summary>
public sealed class ApprovalTemplateTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private static string Template(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", file));

    [Fact]
    public async Task OverrideSegmentation_SavesTheReviewersSegmentOnTheCustomer()
    {
        var executionId = await StartAndDecideAsync("override-segmentation.json", new { customerId = "cust_003" }, "approved",
            new JsonObject { ["segment"] = "Loyal", ["reason"] = "Buys every month" });

        var customer = await app.Factory.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == "cust_003"));
        var note = await app.Factory.QueryAsync(db => db.CampaignEvents.AsNoTracking().SingleAsync(e => e.ExecutionId == executionId));
        Assert.Equal("Loyal", JsonStore.Object(customer.CustomFieldsJson)["segment"]!.GetValue<string>());
        Assert.Contains("Buys every month", note.DataJson);
    }

    [Fact]
    public async Task OverrideSegmentation_OffersTheRulesSegmentAsTheDefault()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var executionId = await client.StartRunAsync(await client.ImportAsync(Template("override-segmentation.json")), new { input = new { customerId = "cust_456" } });
        await client.WaitForStatusAsync(executionId, "waiting");

        var approval = await app.Factory.QueryAsync(db => db.Approvals.AsNoTracking().SingleAsync(a => a.ExecutionId == executionId));
        var segment = JsonNode.Parse(approval.FieldsJson)!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "segment")!;
        Assert.Equal("John Doe", JsonNode.Parse(approval.DataJson)!["customer"]!["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(segment["default"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DisputeResolution_GivesGoodwillPoints_AndTellsTheCustomerAndTheirAccountManager()
    {
        var executionId = await StartAndDecideAsync("dispute-resolution.json",
            new { customerId = "cust_007", orderId = "ord_00100", complaint = "The grinder arrived broken." }, "approved",
            new JsonObject { ["resolution"] = "Replacement", ["goodwillPoints"] = 250, ["reply"] = "A new grinder is on its way." });

        var reward = await app.Factory.QueryAsync(db => db.CustomerRewards.AsNoTracking().SingleAsync(r => r.ExecutionId == executionId));
        var messages = await app.Factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ExecutionId == executionId).OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(250, reward.Points);
        Assert.Equal(2, messages.Count);
        Assert.Contains("A new grinder is on its way.", messages[0].Body);
        Assert.Equal("cust_007", messages[0].CustomerId);
        Assert.Equal("Dispute settled for Lena Berners-Lee", messages[1].Subject);
        Assert.Equal("maya.fischer@example.com", messages[1].To);
    }

    [Fact]
    public async Task DisputeResolution_EscalatesToTheAccountManager_WhenTheReviewerRejects()
    {
        var executionId = await StartAndDecideAsync("dispute-resolution.json",
            new { customerId = "cust_004", orderId = "ord_00200", complaint = "Charged twice." }, "rejected", null);

        var message = await app.Factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ExecutionId == executionId));
        Assert.StartsWith("Dispute needs you", message.Subject);
        Assert.Empty(await app.Factory.QueryAsync(db => db.CustomerRewards.AsNoTracking().Where(r => r.ExecutionId == executionId).ToListAsync()));
    }

    private async Task<string> StartAndDecideAsync(string template, object input, string decision, JsonObject? fields)
    {
        var client = await app.Factory.CreateApiClientAsync();
        var executionId = await client.StartRunAsync(await client.ImportAsync(Template(template)), new { input });
        await client.WaitForStatusAsync(executionId, "waiting");
        var approval = await app.Factory.QueryAsync(db => db.Approvals.AsNoTracking().SingleAsync(a => a.ExecutionId == executionId));

        await app.Factory.Services.GetRequiredService<ApprovalCommands>().DecideAsync(approval.Id, "reviewer@example.com", new ApprovalDecisionRequest(decision, null, fields));
        await client.WaitForStatusAsync(executionId, "completed");
        return executionId;
    }
}
