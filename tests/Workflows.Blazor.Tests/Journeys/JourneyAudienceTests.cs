using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>Segment audiences: a segment's customers enter once each, by hand or, when the journey says so, as they join.</summary>
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
    public async Task LockedSegmentEnrolment_ReportsEachCustomer_AndStopsBetweenTwo_WhenCancelled()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var definition = JourneyDefinitions.Promotion();
        definition["audience"] = new JsonObject { ["segmentId"] = "seg_vip" };
        var journeyId = await client.CreateJourneyAsync(definition);
        app.Server.Script(FakeReply.Say(JourneyDefinitions.PolicyAsWorkflow));
        using var locked = await client.PostAsync($"/api/journeys/{journeyId}/lock", null);
        await client.ActivateAsync((await locked.Content.ReadFromJsonAsync<JsonObject>())!["workflowId"]!.GetValue<string>());
        var audience = app.Factory.Services.GetRequiredService<JourneySegmentAudience>();
        var waiting = (await audience.PreviewAsync(journeyId))!.NotYetEnrolled;
        using var stop = new CancellationTokenSource();
        var reports = new List<WorkProgress>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => audience.EnrolAsync(journeyId, new Reported(report =>
        {
            reports.Add(report);
            stop.Cancel();
        }), stop.Token));

        Assert.True(waiting > 1, $"the demo has {waiting} VIP customer(s)");
        Assert.Equal([new WorkProgress(1, waiting)], reports);
        Assert.Equal(waiting - 1, (await audience.PreviewAsync(journeyId))!.NotYetEnrolled);
    }

    /// <summary>Hears each report as it is made, unlike <see cref="Progress{T}"/>, which posts it for later.</summary>
    private sealed class Reported(Action<WorkProgress> hear) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => hear(value);
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
    public async Task JourneyThatEnrolsNewMembers_EnrolsCustomersWhoJoinTheSegmentLater()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var definition = JourneyDefinitions.Promotion();
        definition["audience"] = new JsonObject { ["segmentId"] = "seg_churned", ["enrolNewMembers"] = true };
        var journeyId = await client.CreateJourneyAsync(definition);
        var churned = await app.Factory.QueryAsync(db => db.Customers.AsNoTracking().CountAsync(c => c.Status == "churned"));
        var joiner = await app.Factory.QueryAsync(db => db.Customers.AsNoTracking().Where(c => c.Status == "active").Select(c => c.Id).FirstAsync());

        app.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Factory.TickAsync();
        var first = await RunContactsAsync(client, journeyId);
        await app.Factory.QueryAsync(db => db.Customers.Where(c => c.Id == joiner).ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, "churned")));
        await app.Factory.TickAsync();
        var beforeTheMinute = await RunContactsAsync(client, journeyId);
        app.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Factory.TickAsync();
        var after = await RunContactsAsync(client, journeyId);

        Assert.Equal(churned, first.Count);
        Assert.Equal(first, beforeTheMinute);
        Assert.Equal(churned + 1, after.Count);
        Assert.Contains(joiner, after);
    }

    private static async Task<List<string>> RunContactsAsync(HttpClient client, string journeyId) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!.Select(r => r!["contactId"]!.GetValue<string>()).Order()];

    private static async Task<JsonObject> EnrolSegmentAsync(HttpClient client, string journeyId)
    {
        using var response = await client.PostAsync($"/api/journeys/{journeyId}/audience/enrol", null);
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
