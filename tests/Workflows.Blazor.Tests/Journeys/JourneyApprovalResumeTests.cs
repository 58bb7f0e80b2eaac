using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Blazor.Data;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>
/// A reviewer's decision wakes the journey that waits for it, as it wakes a workflow: with the scheduler's tick taken
/// out of the app and the clock standing still, only the decision itself can make the approved action run.
/// </summary>
public sealed class JourneyApprovalResumeTests(AiApp app) : IClassFixture<AiApp>
{
    [Fact]
    public async Task ApprovedJourneyAction_Runs_WithoutTheSchedulersTick()
    {
        await using var factory = app.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.RemoveAll<IDueWork>()));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await factory.Services.GetRequiredService<ApiKeyCommands>().CreateAsync("tests", "tests"));
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(smsNeedsApproval: true));
        var sms = new JsonObject { ["action"] = "sms_send", ["parameters"] = new JsonObject { ["body"] = "Deal ends tonight" }, ["reason"] = "no email opened" };
        app.Server.Script(Decision(actNow: [sms]), Decision());
        var timeline = await client.EnrolAsync(journeyId, "cust_007");
        var scheduledId = timeline.Entries("action_scheduled").Single()["data"]!["scheduledId"]!.GetValue<string>();
        // What the tick does when the action is due: it asks a reviewer first.
        await factory.Services.GetRequiredService<JourneyRunner>().FireAsync(scheduledId, CancellationToken.None);
        var approvalId = await ApprovalOfAsync(factory, scheduledId);

        await factory.Services.GetRequiredService<ApprovalCommands>().DecideAsync(approvalId, "reviewer@example.com", new ApprovalDecisionRequest("approved", "fine"));

        var taken = await WaitForEntryAsync(client, journeyId, timeline.RunId(), "action_taken");
        Assert.Equal(scheduledId, taken["data"]!["scheduledId"]!.GetValue<string>());
        Assert.Null(taken["data"]!["error"]);
    }

    private static async Task<string> ApprovalOfAsync(WebApplicationFactory<Program> factory, string scheduledId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.JourneyScheduledActions.AsNoTracking().SingleAsync(s => s.Id == scheduledId)).ApprovalId!;
    }

    /// <summary>Reads the run's log until it has an entry of the kind; nothing here ticks the scheduler or moves the clock.</summary>
    private static async Task<JsonObject> WaitForEntryAsync(HttpClient client, string journeyId, string runId, string kind)
    {
        var timeline = await Poll.UntilAsync(
            () => client.TimelineAsync(journeyId, runId),
            t => t.Entries(kind).Any(),
            t => $"Run {runId} has no {kind} entry: {t.ToJsonString()}");
        return timeline.Entries(kind).First();
    }
}
