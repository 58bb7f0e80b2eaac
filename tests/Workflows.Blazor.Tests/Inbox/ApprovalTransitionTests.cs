using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>Each change of an approval raises one <c>approval.decided</c> with its outcome, and resumes whoever waits.</summary>
public sealed class ApprovalTransitionTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Expiry_RaisesOneApprovalDecidedEvent_AndResumesTheWaitingRun()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "2 days" """);
        var approvalId = await PendingIdAsync(executionId);

        await _app.AdvanceAsync(TimeSpan.FromDays(2));
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("timed out", execution["variables"]!["outcome"]!.GetValue<string>());
        var raised = Assert.Single(await RaisedAsync(approvalId));
        Assert.Equal(("expired", "expired", true), (raised["outcome"]!.GetValue<string>(), raised["status"]!.GetValue<string>(), raised["timedOut"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task RequestFromTheCreateApprovalAction_ExpiresAtItsDueTime_WithOneApprovalDecidedEvent()
    {
        var asked = await _app.OutputOfAsync("create_approval", new JsonObject { ["title"] = "Check the win-back wording", ["dueIn"] = "2 days" });
        var approvalId = asked["id"]!.GetValue<string>();

        await _app.AdvanceAsync(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        var beforeDue = await _app.QueryAsync(db => db.Approvals.Where(a => a.Id == approvalId).Select(a => a.Status).SingleAsync());
        await _app.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ApprovalStatus.Pending, beforeDue);
        Assert.Equal(ApprovalStatus.Expired, await _app.QueryAsync(db => db.Approvals.Where(a => a.Id == approvalId).Select(a => a.Status).SingleAsync()));
        var raised = Assert.Single(await RaisedAsync(approvalId));
        Assert.Equal(("expired", true), (raised["outcome"]!.GetValue<string>(), raised["timedOut"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task RequestFromTheCreateApprovalAction_Escalates_ThenExpires_EachAtItsDueTime_WokenByTheTimerWaker()
    {
        var asked = await _app.OutputOfAsync("create_approval",
            new JsonObject { ["title"] = "Check the win-back wording", ["dueIn"] = "2 days", ["escalateTo"] = "Admin" });
        var approvalId = asked["id"]!.GetValue<string>();
        var due = _app.Clock.GetUtcNow() + TimeSpan.FromDays(2);
        var dueWork = _app.Services.GetRequiredService<IDueTimers>();
        // No due-work tick runs here: only the waker, woken for the request's due time.
        var waker = new TimerWaker(dueWork, new TimerAlarm(), Options.Create(new RunnerOptions()), _app.Clock, NullLogger<TimerWaker>.Instance);

        Assert.Equal(due, await dueWork.NextDueAtAsync(CancellationToken.None));
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await waker.WakeOnceAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var escalated = await _app.QueryAsync(db => db.Approvals.AsNoTracking().SingleAsync(a => a.Id == approvalId));
        Assert.Equal((ApprovalStatus.Pending, "Admin", (DateTimeOffset?)due), (escalated.Status, escalated.Assignee, escalated.EscalatedAt));
        Assert.Equal(due + TimeSpan.FromDays(2), await dueWork.NextDueAtAsync(CancellationToken.None));

        _app.Clock.Advance(TimeSpan.FromDays(2));
        await waker.WakeOnceAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ApprovalStatus.Expired, await _app.QueryAsync(db => db.Approvals.Where(a => a.Id == approvalId).Select(a => a.Status).SingleAsync()));
        Assert.Equal(["escalated", "expired"], (await RaisedAsync(approvalId)).Select(e => e["outcome"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Escalation_RaisesAnEscalatedEvent_AndLeavesTheRunWaiting()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "2 days", "escalateTo": "Admin" """);
        var approvalId = await PendingIdAsync(executionId);

        await _app.AdvanceAsync(TimeSpan.FromDays(2));

        var raised = Assert.Single(await RaisedAsync(approvalId));
        Assert.Equal(("escalated", "pending", "Admin"), (raised["outcome"]!.GetValue<string>(), raised["status"]!.GetValue<string>(), raised["assignee"]!.GetValue<string>()));
        Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deciding_IsRefusedAsAConflict_OnceTheItemExpired()
    {
        var (client, executionId) = await StartReviewAsync(""", "dueIn": "2 days" """);
        var approvalId = await PendingIdAsync(executionId);
        await _app.AdvanceAsync(TimeSpan.FromDays(2));
        await client.WaitForStatusAsync(executionId, "completed");

        using var response = await client.PostAsJsonAsync($"/api/approvals/{approvalId}/decision", new { decision = "approved" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("expired before anyone decided it", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CancellingTheRun_CancelsItsItem_WithOneCancelledEvent()
    {
        var (client, executionId) = await StartReviewAsync();
        var approvalId = await PendingIdAsync(executionId);

        using (var cancelled = await client.PostAsync($"/api/executions/{executionId}/cancel", null))
        {
            await cancelled.EnsureSuccessWithBodyAsync();
        }

        var raised = Assert.Single(await RaisedAsync(approvalId));
        Assert.Equal(("cancelled", "cancelled"), (raised["outcome"]!.GetValue<string>(), raised["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task InboxDecision_StartsTheWorkflowTriggeredByApprovalDecided()
    {
        var (client, executionId) = await StartReviewAsync();
        var listenerId = await client.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger(DomainEventNames.ApprovalDecided),
            """{ "outcome": "{{input.data.outcome}}", "title": "{{input.data.title}}" }"""));
        await client.ActivateAsync(listenerId);
        var approvalId = await PendingIdAsync(executionId);

        await _app.Services.GetRequiredService<ApprovalCommands>()
            .DecideAsync(approvalId, "rita@example.com", new ApprovalDecisionRequest("approved", "Fine", new JsonObject { ["offerValue"] = 20 }));

        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var variables = (await client.WaitForStatusAsync(listened.Id, "completed"))["variables"]!;
        Assert.Equal(("approved", "Offer for Ada"), (variables["outcome"]!.GetValue<string>(), variables["title"]!.GetValue<string>()));
        Assert.Equal("sent", (await client.WaitForStatusAsync(executionId, "completed"))["variables"]!["outcome"]!.GetValue<string>());
    }

    private async Task<(HttpClient Client, string ExecutionId)> StartReviewAsync(string extraConfig = "")
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(InboxWorkflows.Review(extraConfig));
        var executionId = await client.StartRunAsync(workflowId, new { input = new { name = "Ada" } });
        await client.WaitForStatusAsync(executionId, "waiting");
        return (client, executionId);
    }

    private Task<string> PendingIdAsync(string executionId) =>
        _app.QueryAsync(db => db.Approvals.AsNoTracking().Where(a => a.ExecutionId == executionId && a.Status == ApprovalStatus.Pending).Select(a => a.Id).SingleAsync());

    /// <summary>The <c>approval.decided</c> events about the item, once the outbox dispatched everything raised so far.</summary>
    private async Task<List<JsonObject>> RaisedAsync(string approvalId)
    {
        await _app.WaitForEmptyEventOutboxAsync();
        var raised = await _app.QueryAsync(db => db.Events.AsNoTracking()
            .Where(e => e.Type == DomainEventNames.ApprovalDecided && e.SubjectId == approvalId).Select(e => e.DataJson!).ToListAsync());
        return [.. raised.Select(json => JsonNode.Parse(json)!.AsObject())];
    }

    public void Dispose() => _app.Dispose();
}
