using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The seed's on_action: a journey runs a workflow as an action, and the workflow's result comes back to the contact's log.</summary>
public sealed class JourneyWorkflowCallTests(AiApp app) : QuietAiAppTests
{
    protected override AiApp App => app;

    private const string MakeCoupon = """
        {"name": "Make coupon", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "make"}},
          {"stepSlug": "make", "stepType": "action",
           "config": {"type": "set_variables", "parameters": {"coupon": "SAVE-{{input.customerId}}", "tier": "{{input.input.tier}}"}},
           "nextSteps": {"success": "end", "error": "end"}}
        ]}
        """;

    [Fact]
    public async Task WorkflowAction_RunsTheWorkflowForTheContact_AndItsResultAsksForTheNextDecision()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MakeCoupon);
        var journeyId = await client.CreateJourneyAsync(WithWorkflowAction(workflowId));
        var call = new JsonObject
        {
            ["action"] = $"workflow:{workflowId}",
            ["parameters"] = new JsonObject { ["input"] = new JsonObject { ["tier"] = "gold" } },
            ["reason"] = "make the coupon first",
        };
        app.Server.Script(Decision(actNow: [call]), Decision(actNow: [Email("Your coupon")], finished: true, reasoning: "Coupon made."));

        var timeline = await client.EnrolAsync(journeyId, "cust_020");
        var executionId = timeline.Entries("action_taken").Single()["data"]!["result"]!["executionId"]!.GetValue<string>();
        var later = await app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "finished");

        var finished = later.Entries("workflow_finished").Single()["data"]!;
        Assert.Equal(executionId, finished["executionId"]!.GetValue<string>());
        Assert.Equal("completed", finished["status"]!.GetValue<string>());
        Assert.Equal("SAVE-cust_020", finished["result"]!["variables"]!["coupon"]!.GetValue<string>());
        Assert.Equal("gold", finished["result"]!["variables"]!["tier"]!.GetValue<string>());
        Assert.Contains("SAVE-cust_020", app.Server.Requests.Last()["messages"]!.ToJsonString());
        var execution = await app.Factory.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId));
        Assert.Equal(("journey", "cust_020"), (execution.TriggerType, execution.SubjectId));
    }

    [Fact]
    public async Task WorkflowAction_TellsTheModelWhichWorkflowItIs()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MakeCoupon);
        var journeyId = await client.CreateJourneyAsync(WithWorkflowAction(workflowId));
        app.Server.Script(Decision());

        await client.EnrolAsync(journeyId, "cust_021");

        var system = app.Server.Requests.Last()["messages"]![0]!["content"]!.GetValue<string>();
        Assert.Contains($"workflow:{workflowId}: Runs the workflow 'Make coupon'", system);
    }

    [Fact]
    public async Task CreateJourney_IsRefused_WhenAWorkflowActionNamesNoWorkflow()
    {
        var client = await app.Factory.CreateApiClientAsync();

        using var response = await client.PostAsync("/api/journeys",
            new StringContent(WithWorkflowAction("wf_missing").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'workflow:wf_missing' runs a workflow that does not exist", await response.Content.ReadAsStringAsync());
    }

    private static JsonObject WithWorkflowAction(string workflowId)
    {
        var definition = JourneyDefinitions.Promotion();
        definition["actions"]!.AsArray().Add(new JsonObject { ["action"] = $"workflow:{workflowId}", ["guardrails"] = new JsonObject { ["maxPerContact"] = 1 } });
        return definition;
    }
}
