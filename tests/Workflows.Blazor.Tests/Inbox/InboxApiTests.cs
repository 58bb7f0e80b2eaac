using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class InboxApiTests(AdminSetUpApp app) : IClassFixture<AdminSetUpApp>
{
    [Fact]
    public async Task Run_PausesAtApprovalStep_AndCreatesInboxItem()
    {
        var (_, executionId) = await StartReviewAsync();

        var item = await PendingItemAsync(executionId);

        Assert.Equal("review", item["stepSlug"]!.GetValue<string>());
        Assert.Equal("Offer for Ada", item["title"]!.GetValue<string>());
        Assert.Equal("Ada", item["data"]!["customer"]!["name"]!.GetValue<string>());
        Assert.Equal("offerValue", item["fields"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approve_ResumesTheRun_WithTheEditedField()
    {
        var (client, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);

        using var response = await DecideAsync(reviewer, item, new { decision = "approved", comment = "fine", fields = new { offerValue = 35 } });
        await response.EnsureSuccessWithBodyAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("sent", execution["variables"]!["outcome"]!.GetValue<string>());
        Assert.Equal("35", execution["variables"]!["offer"]!.ToJsonString());
        Assert.StartsWith("reviewer-", execution["variables"]!["reviewer"]!.GetValue<string>());
        var audit = await app.Factory.Services.GetRequiredService<AuditQueries>().RecentAsync(50, "Offer for Ada · Review an offer");
        Assert.Contains(audit, e => e.Action == AuditActions.ApprovalDecided);
    }

    [Fact]
    public async Task Reject_TakesTheRejectedPort_WithTheComment()
    {
        var (client, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);

        using var response = await DecideAsync(reviewer, item, new { decision = "rejected", comment = "too generous" });
        await response.EnsureSuccessWithBodyAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("dropped", execution["variables"]!["outcome"]!.GetValue<string>());
        Assert.Equal("too generous", execution["variables"]!["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApprovalList_Answers400_ForAStatusThatDoesNotExist()
    {
        var reviewer = await app.ClientForAsync(Roles.Reviewer);

        using var response = await reviewer.GetAsync("/api/approvals?status=maybe");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("changes_requested", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task SecondDecision_Answers409()
    {
        var (client, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);
        using (var first = await DecideAsync(reviewer, item, new { decision = "approved" }))
        {
            await first.EnsureSuccessWithBodyAsync();
        }

        using var second = await DecideAsync(await app.ClientForAsync(Roles.Admin), item, new { decision = "rejected" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already approved", await second.Content.ReadAsStringAsync());
        await client.WaitForStatusAsync(executionId, "completed");
    }

    [Fact]
    public async Task Decision_IsRefused_ForWhoeverStartedTheRun()
    {
        var (client, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);

        using var response = await DecideAsync(client, item, new { decision = "approved" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("cannot approve their own item", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_IsRefused_WhenARequiredFieldIsNotANumber()
    {
        var (_, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);

        using var response = await DecideAsync(await app.ClientForAsync(Roles.Reviewer), item, new { decision = "approved", fields = new { offerValue = "lots" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Offer value must be a number", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Decision_SaysSo_WhenTheRunWasCancelled()
    {
        var (client, executionId) = await StartReviewAsync();
        var item = await PendingItemAsync(executionId);
        using (var cancel = await client.PostAsync($"/api/executions/{executionId}/cancel", null))
        {
            await cancel.EnsureSuccessWithBodyAsync();
        }

        using var response = await DecideAsync(await app.ClientForAsync(Roles.Reviewer), item, new { decision = "approved" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cancelled", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TwoRequiredApprovals_ResumeOnlyAfterASecondReviewer()
    {
        var (client, executionId) = await StartReviewAsync(""", "requiredApprovals": 2 """);
        var item = await PendingItemAsync(executionId);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);
        using (var first = await DecideAsync(reviewer, item, new { decision = "approved" }))
        {
            await first.EnsureSuccessWithBodyAsync();
        }

        using var again = await DecideAsync(reviewer, item, new { decision = "approved" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());

        using var second = await DecideAsync(await app.ClientForAsync(Roles.Admin), item, new { decision = "approved" });
        await second.EnsureSuccessWithBodyAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");
        Assert.Equal("sent", execution["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeout_ExpiresTheItem_AndTakesTheTimeoutPort()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "2 days" """);
        var item = await PendingItemAsync(executionId);

        app.Factory.Clock.Advance(TimeSpan.FromDays(2));
        await app.Factory.TickAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("timed out", execution["variables"]!["outcome"]!.GetValue<string>());
        var expired = await client.GetFromJsonAsync<JsonArray>("/api/approvals?status=expired");
        Assert.Contains(expired!, i => i!["id"]!.GetValue<string>() == item["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimeoutWithOnTimeoutApprove_ContinuesWithTheDefaultFields()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "1 hour", "onTimeout": "approve" """);

        app.Factory.Clock.Advance(TimeSpan.FromHours(1));
        await app.Factory.TickAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("sent", execution["variables"]!["outcome"]!.GetValue<string>());
        Assert.Equal("20", execution["variables"]!["offer"]!.ToJsonString());
    }

    [Fact]
    public async Task OverdueItem_IsHandedToItsEscalationRole_AndTimesOutOnlyAfterASecondPeriod()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "2 days", "escalateTo": "Admin" """);

        app.Factory.Clock.Advance(TimeSpan.FromDays(2));
        await app.Factory.TickAsync();
        var escalated = await PendingItemAsync(executionId);
        Assert.Equal("Admin", escalated["assignee"]!.GetValue<string>());
        Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());

        app.Factory.Clock.Advance(TimeSpan.FromDays(2));
        await app.Factory.TickAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("timed out", execution["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task OverdueItems_AreEscalatedNotTimedOut_WhenRunnerPassesOverlap()
    {
        var runs = new List<(HttpClient Client, string ExecutionId)>();
        for (var i = 0; i < 8; i++)
        {
            runs.Add(await StartReviewAsync(""", "dueIn": "2 days", "escalateTo": "Admin" """));
        }

        app.Factory.Clock.Advance(TimeSpan.FromDays(2));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(app.Factory.TickAsync)));

        foreach (var (client, executionId) in runs)
        {
            Assert.Equal("Admin", (await PendingItemAsync(executionId))["assignee"]!.GetValue<string>());
            Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());
        }
    }

    private async Task<(HttpClient Client, string ExecutionId)> StartReviewAsync(string extraConfig = "")
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(InboxWorkflows.Review(extraConfig));
        var executionId = await client.StartRunAsync(workflowId, new { input = new { name = "Ada" } });
        await client.WaitForStatusAsync(executionId, "waiting");
        return (client, executionId);
    }

    private async Task<JsonObject> PendingItemAsync(string executionId)
    {
        var client = await app.ClientForAsync(Roles.Reviewer);
        var items = await client.GetFromJsonAsync<JsonArray>("/api/approvals?status=pending");
        return items!.OfType<JsonObject>().Single(i => i["executionId"]?.GetValue<string>() == executionId);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, JsonObject item, object decision) =>
        client.PostAsJsonAsync($"/api/approvals/{item["id"]!.GetValue<string>()}/decision", decision);
}
