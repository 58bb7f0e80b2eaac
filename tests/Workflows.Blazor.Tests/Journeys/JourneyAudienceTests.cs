using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>Who enters on their own: a segment's customers (once each), or whoever an enrolling event is about, locked journeys included.</summary>
public sealed class JourneyAudienceTests(AiApp app) : IClassFixture<AiApp>
{
    [Fact]
    public async Task SegmentEnrolment_EnrolsEachCustomerOfTheSegmentOnce()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var definition = JourneyDefinitions.Promotion();
        definition["audience"] = new JsonObject { ["segmentId"] = "seg_vip" };
        var journeyId = await client.CreateJourneyAsync(definition);
        var vips = await app.Factory.QueryAsync(db => db.Customers.AsNoTracking().Where(c => c.Tier == "vip").Select(c => c.Id).ToListAsync());

        var preview = (await client.GetFromJsonAsync<JsonObject>($"/api/journeys/{journeyId}/audience"))!;
        var first = await EnrolSegmentAsync(client, journeyId);
        var again = await EnrolSegmentAsync(client, journeyId);

        Assert.NotEmpty(vips);
        Assert.Equal(("VIP", vips.Count, vips.Count), (preview["segmentName"]!.GetValue<string>(), preview["matching"]!.GetValue<int>(), preview["notYetEnrolled"]!.GetValue<int>()));
        Assert.Equal(vips.Count, first["enrolled"]!.GetValue<int>());
        Assert.Equal(0, first["audience"]!["notYetEnrolled"]!.GetValue<int>());
        Assert.Equal(0, again["enrolled"]!.GetValue<int>());
        var runs = (await client.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!;
        Assert.Equal(vips.Order(), runs.Select(r => r!["contactId"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task SegmentEnrolment_IsRefused_WhenTheAudienceIsNotASegment()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());

        using var preview = await client.GetAsync($"/api/journeys/{journeyId}/audience");
        using var enrol = await client.PostAsync($"/api/journeys/{journeyId}/audience/enrol", null);

        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, enrol.StatusCode);
        Assert.Contains("not a segment", await enrol.Content.ReadAsStringAsync());
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

    private static async Task<JsonObject> EnrolSegmentAsync(HttpClient client, string journeyId)
    {
        using var response = await client.PostAsync($"/api/journeys/{journeyId}/audience/enrol", null);
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
