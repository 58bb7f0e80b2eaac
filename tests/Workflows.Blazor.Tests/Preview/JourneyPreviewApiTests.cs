using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Preview;

/// <summary>
/// <c>POST /api/journeys/{id}/preview</c>: the journey's model (a fake that always decides the same) is asked as the journey
/// would ask it, the journey's cap of 3 emails and its quiet hours act on the virtual clock, and not one row or request leaves.
/// </summary>
public sealed class JourneyPreviewApiTests : IAsyncLifetime
{
    /// <summary>Every time it is asked: an email now and a reminder tomorrow, whatever was sent before.</summary>
    private readonly FakeOpenAiServer _model = new() { Fallback = Decision(actNow: [Email("Espresso deal")], schedule: [Email("Still thinking?", after: "1 day")]) };
    private readonly HttpTestReceiver _subscriber = new();
    private AppFactory _app = null!;

    public Task InitializeAsync()
    {
        // The app's clock starts at 08:00 UTC, inside the journey's quiet hours.
        _app = new AppFactory().WithDemoData()
            .WithModel(_model)
            .AllowingCallsTo(_subscriber);
        return Task.CompletedTask;
    }

    private async Task<(HttpClient Api, string JourneyId)> CreateAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var journey = JourneyDefinitions.Promotion(maxEmails: 3);
        journey["actions"]![0]!["guardrails"]!["quietHours"] = new JsonObject { ["start"] = "21:00", ["end"] = "08:30", ["timeZone"] = "UTC" };
        journey["on_action"] = _subscriber.Url;
        return (api, await api.CreateJourneyAsync(journey));
    }

    private Task<string> RowCountsAsync() => _app.QueryAsync(async db =>
        $"executions {await db.Executions.CountAsync()}, steps {await db.ExecutionSteps.CountAsync()}, timers {await db.Timers.CountAsync()}, " +
        $"approvals {await db.Approvals.CountAsync()}, outbox {await db.OutboxMessages.CountAsync()}, events {await db.EventOutbox.CountAsync()}, " +
        $"journey runs {await db.JourneyRuns.CountAsync()}, entries {await db.JourneyEntries.CountAsync()}, scheduled {await db.JourneyScheduledActions.CountAsync()}, " +
        $"action steps {await db.JourneyActionSteps.CountAsync()}, workflow calls {await db.JourneyWorkflowCalls.CountAsync()}, " +
        $"deliveries {await db.JourneySubscriberDeliveries.CountAsync()}, versions {await db.JourneyVersions.CountAsync()}");

    [Fact]
    public async Task Preview_ShowsTheQuietHoursAndTheCapAct_OnEveryContactsTimeline_AndWritesAndSendsNothing()
    {
        var (api, journeyId) = await CreateAsync();
        var before = await RowCountsAsync();
        _model.Requests.Clear();

        using var response = await api.PostAsJsonAsync($"/api/journeys/{journeyId}/preview", new { contacts = new[] { "cust_456", "cust_002", "cust_003" }, days = 30 });

        await response.EnsureSuccessWithBodyAsync();
        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(journeyId, preview["journeyId"]!.GetValue<string>());
        var summary = preview["summary"]!;
        Assert.Equal(3, summary["quietHours"]!.GetValue<int>());
        var cap = Assert.Single(summary["caps"]!.AsArray())!;
        Assert.Equal((3, 0, 3), (cap["max"]!.GetValue<int>(), cap["exceeding"]!.GetValue<int>(), cap["heldBack"]!.GetValue<int>()));
        var email = Assert.Single(summary["wouldDo"]!.AsArray())!;
        Assert.Equal((3, 9), (email["contacts"]!.GetValue<int>(), email["times"]!.GetValue<int>()));

        var john = preview["timelines"]!.AsArray().Single(t => t!["contactId"]!.GetValue<string>() == "cust_456")!["entries"]!.AsArray();
        Assert.Equal(
            ["ran", "decides", "deferred", "deferred", "wouldDo", "decides", "capped", "wouldDo", "wouldDo", "decides", "capped", "capped", "stillWaiting"],
            john.Select(e => e!["kind"]!.GetValue<string>()));
        var deferred = john.First(e => e!["kind"]!.GetValue<string>() == "deferred")!;
        Assert.Contains("waits until day 0, 08:30", deferred["summary"]!.GetValue<string>());
        var first = john.First(e => e!["kind"]!.GetValue<string>() == "wouldDo")!;
        Assert.Equal(_app.Clock.GetUtcNow().AddMinutes(30), first["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("john@example.com", first["input"]!["to"]!.GetValue<string>());
        Assert.Equal("Espresso deal", first["input"]!["subject"]!.GetValue<string>());
        Assert.Contains("at most 3", john.First(e => e!["kind"]!.GetValue<string>() == "capped")!["summary"]!.GetValue<string>());
        Assert.Equal(1, john.Last(e => e!["kind"]!.GetValue<string>() == "wouldDo")!["day"]!.GetValue<int>());

        Assert.Equal(9, _model.Requests.Count);
        Assert.Equal(before, await RowCountsAsync());
        Assert.Empty(_subscriber.Requests);
        var read = await api.GetFromJsonAsync<JsonObject>($"/api/previews/{preview["previewId"]!.GetValue<string>()}");
        Assert.Equal(preview.ToJsonString(), read!.ToJsonString());
    }

    public static TheoryData<string, HttpStatusCode, string> BadRequests() => new()
    {
        { """{ "sample": 301 }""", HttpStatusCode.BadRequest, "1 to 300" },
        { """{ "sample": 2, "version": "latest" }""", HttpStatusCode.BadRequest, "current or a version number" },
        { """{ "sample": 2, "version": "7" }""", HttpStatusCode.NotFound, "version 7" },
        { """{ "contacts": ["nobody at all"] }""", HttpStatusCode.NotFound, "nobody at all" },
        { """{ "contacts": ["cust_456"], "days": 91 }""", HttpStatusCode.BadRequest, "1 to 90 days" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Preview_AnswersAProblem_ForABadRequest(string body, HttpStatusCode status, string detail)
    {
        var (api, journeyId) = await CreateAsync();

        using var response = await api.PostAsync($"/api/journeys/{journeyId}/preview", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(status);
        Assert.Contains(detail, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_OfAnUnknownJourney_IsNotFound()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsJsonAsync("/api/journeys/jny_nothing/preview", new { sample = 2 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("jny_nothing", problem["detail"]!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _subscriber.DisposeAsync();
        await _model.DisposeAsync();
    }
}
