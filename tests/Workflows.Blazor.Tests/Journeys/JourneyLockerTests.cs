using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>Locked mode: the policy becomes a reviewed workflow, and contacts follow it with no model deciding.</summary>
public sealed class JourneyLockerTests(AiApp app) : QuietAiAppTests
{
    protected override AiApp App => app;

    [Fact]
    public async Task Lock_MakesAWorkflowFromThePolicy_AndOnceActiveContactsRunThroughIt()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(FakeReply.Say(JourneyDefinitions.PolicyAsWorkflow));

        using var locked = await client.PostAsync($"/api/journeys/{journeyId}/lock", null);
        locked.EnsureSuccessStatusCode();
        var workflowId = (await locked.Content.ReadFromJsonAsync<JsonObject>())!["workflowId"]!.GetValue<string>();
        Assert.Contains("Send a promotional email", app.Server.Requests.Last()["messages"]!.ToJsonString());

        using var beforeReview = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId = "cust_456" });
        Assert.Equal(HttpStatusCode.BadRequest, beforeReview.StatusCode);
        Assert.Contains("activate it", await beforeReview.Content.ReadAsStringAsync());

        (await client.PostAsync($"/api/workflows/{workflowId}/activate", null)).EnsureSuccessStatusCode();
        using var enrolled = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId = "cust_456" });

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var executionId = (await enrolled.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        var execution = (await client.GetFromJsonAsync<JsonObject>($"/api/executions/{executionId}"))!;
        Assert.Equal(workflowId, execution["workflowId"]!.GetValue<string>());
        Assert.Equal("cust_456", execution["input"]!["customerId"]!.GetValue<string>());
        Assert.Equal("Espresso machine", execution["input"]!["context"]!["product"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnrollingEvent_StartsALockedJourneysWorkflow_OncePerContact()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var enrolEvent = $"cart.abandoned.{Guid.NewGuid():N}";
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(enrolEvent: enrolEvent));
        app.Server.Script(FakeReply.Say(JourneyDefinitions.PolicyAsWorkflow));
        using var locked = await client.PostAsync($"/api/journeys/{journeyId}/lock", null);
        var workflowId = (await locked.Content.ReadFromJsonAsync<JsonObject>())!["workflowId"]!.GetValue<string>();

        await client.PublishEventAsync(enrolEvent, "cust_030", new { cart = 2 });
        await client.ActivateAsync(workflowId);
        await client.PublishEventAsync(enrolEvent, "cust_030", new { cart = 2 });
        await client.PublishEventAsync(enrolEvent, "cust_030", new { cart = 3 });

        var runs = await app.Factory.QueryAsync(db => db.Executions.AsNoTracking().Where(e => e.WorkflowId == workflowId).ToListAsync());
        var run = Assert.Single(runs);
        Assert.Equal(("journey", "cust_030"), (run.TriggerType, run.SubjectId));
        Assert.Contains(enrolEvent, run.InputJson);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!);
    }
}
