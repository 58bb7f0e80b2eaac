using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

/// <summary>
/// Actions that create something, run again under the same idempotency key (a step resumed after a crash, a journey
/// action re-run), give their first result and create nothing more.
/// </summary>
public sealed class IdempotentActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task CreateApproval_RunAgainWithTheSameKey_GivesTheFirstItemAndAddsNone()
    {
        var runId = Guid.NewGuid().ToString("N");
        var title = $"Check the offer {runId}";

        var first = await app.Factory.OutputOfAsync("create_approval", new JsonObject { ["title"] = title }, executionId: runId);
        var again = await app.Factory.OutputOfAsync("create_approval", new JsonObject { ["title"] = title }, executionId: runId);
        var other = await app.Factory.OutputOfAsync("create_approval", new JsonObject { ["title"] = title });

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), other["id"]!.GetValue<string>());
        Assert.Equal(2, await app.Factory.QueryAsync(db => db.Approvals.CountAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task ScheduleFollowUp_RunAgainWithTheSameKey_GivesTheFirstRunAndStartsNone()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.Greeting());
        var runId = Guid.NewGuid().ToString("N");
        var parameters = new JsonObject { ["workflowId"] = workflowId, ["delay"] = "3 days" };

        var first = await app.Factory.OutputOfAsync("schedule_follow_up", parameters.DeepClone().AsObject(), executionId: runId);
        await app.Factory.AdvanceAsync(TimeSpan.FromHours(1));
        var again = await app.Factory.OutputOfAsync("schedule_follow_up", parameters.DeepClone().AsObject(), executionId: runId);

        Assert.Equal(first["executionId"]!.GetValue<string>(), again["executionId"]!.GetValue<string>());
        Assert.Equal(first["startsAt"]!.GetValue<string>(), again["startsAt"]!.GetValue<string>());
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Executions.CountAsync(e => e.WorkflowId == workflowId)));
    }

    [Fact]
    public async Task CreateCustomer_RunAgainWithTheSameKey_GivesTheFirstCustomerAndAddsNone()
    {
        var email = $"{Guid.NewGuid():N}@example.com";

        await AssertCreatesOnceAsync("customer.create", new JsonObject { ["name"] = "Ana Lima", ["email"] = email }, db => db.Customers.CountAsync(c => c.Email == email));
    }

    [Fact]
    public async Task CreateProduct_RunAgainWithTheSameKey_GivesTheFirstProductAndAddsNone()
    {
        var name = $"Grinder {Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("product.create", new JsonObject { ["name"] = name, ["category"] = "Grinders", ["price"] = 89 },
            db => db.Products.CountAsync(p => p.Name == name));
    }

    [Fact]
    public async Task CreateDocument_RunAgainWithTheSameKey_GivesTheFirstDocumentAndStoresNone()
    {
        var name = $"{Guid.NewGuid():N}.txt";

        await AssertCreatesOnceAsync("document.create", new JsonObject { ["name"] = name, ["content"] = "Thank you for your order." },
            db => db.Documents.CountAsync(d => d.Name == name));
    }

    [Fact]
    public async Task CreateConversation_RunAgainWithTheSameKey_GivesTheFirstConversationAndOpensNone()
    {
        var subject = $"Squeaky grinder {Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("conversation.create", new JsonObject { ["subject"] = subject, ["message"] = "It squeaks.", ["customerId"] = "cust_456" },
            db => db.Conversations.CountAsync(c => c.Subject == subject));
    }

    [Fact]
    public async Task CreateDraft_RunAgainWithTheSameKey_GivesTheFirstDraftAndSavesNone()
    {
        var body = $"We are on it! {Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("conversation.create_draft", new JsonObject { ["conversationId"] = "conv_001", ["message"] = body },
            db => db.Messages.CountAsync(m => m.Body == body));
    }

    [Fact]
    public async Task LogCampaignEvent_RunAgainWithTheSameKey_GivesTheFirstEventAndLogsNone()
    {
        var campaign = $"win-back-{Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("log_campaign_event", new JsonObject { ["campaign"] = campaign, ["eventType"] = "offer_sent", ["customerId"] = "cust_456" },
            db => db.CampaignEvents.CountAsync(e => e.Campaign == campaign));
    }

    [Fact]
    public async Task UpdateCrm_RunAgainWithTheSameKey_GivesTheFirstCustomerAndNotesNone()
    {
        var note = $"Called back {Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("crm.update",
            new JsonObject { ["customerId"] = "cust_010", ["fields"] = new JsonObject { ["accountManager"] = "Sam" }, ["note"] = note },
            db => db.CampaignEvents.CountAsync(e => e.EventType == "crm_update" && e.DataJson.Contains(note)));
    }

    [Fact]
    public async Task CreateRecommendation_RunAgainWithTheSameKey_GivesTheFirstRecommendationAndSavesNone()
    {
        var reason = $"Bought a grinder {Guid.NewGuid():N}";

        await AssertCreatesOnceAsync("recommendation.create",
            new JsonObject { ["customerId"] = "cust_456", ["products"] = new JsonArray("prod_beans", "prod_filters"), ["reason"] = reason },
            db => db.Recommendations.CountAsync(r => r.Reason == reason));
    }

    /// <summary>
    /// Runs the action twice under one key, an hour apart, as a step resumed after a crash would: the second run gives the
    /// first run's output and <paramref name="count"/> finds one row.
    /// </summary>
    private async Task AssertCreatesOnceAsync(string action, JsonObject parameters, Func<AppDbContext, Task<int>> count)
    {
        var runId = Guid.NewGuid().ToString("N");

        var first = await app.Factory.OutputOfAsync(action, parameters.DeepClone().AsObject(), executionId: runId);
        await app.Factory.AdvanceAsync(TimeSpan.FromHours(1));
        var again = await app.Factory.OutputOfAsync(action, parameters.DeepClone().AsObject(), executionId: runId);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, await app.Factory.QueryAsync(count));
    }
}
