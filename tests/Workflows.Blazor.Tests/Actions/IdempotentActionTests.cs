using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
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
}
