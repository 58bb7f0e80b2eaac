using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>Seed 002 end to end: the model (a scripted fake) decides, the app checks, sends, schedules, fires and cancels.</summary>
public sealed class JourneyRunnerTests(AiApp app) : QuietAiAppTests
{
    protected override AiApp App => app;

    [Fact]
    public async Task Enrol_SendsNowAndSchedulesAReminder_ThatFiresWhenTheClockPasses()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(actNow: [Email("Espresso deal")], schedule: [Email("Still thinking?", after: "3 days")]), Decision());

        var timeline = await client.EnrolAsync(journeyId, "cust_456", new { source = "test" });

        Assert.Equal(["input", "decision", "action_scheduled", "action_taken"], timeline["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        var sent = timeline.Entries("action_taken").Single()["data"]!;
        Assert.Equal("john@example.com", sent["parameters"]!["to"]!.GetValue<string>());
        Assert.Null(sent["error"]);
        var reminder = Assert.Single(timeline["upcoming"]!.AsArray())!;
        Assert.Equal(app.Factory.Clock.GetUtcNow().AddDays(3), reminder["dueAt"]!.GetValue<DateTimeOffset>());

        app.Factory.Clock.Advance(TimeSpan.FromDays(3));
        var later = await app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "decision", count: 2);

        var fired = later.Entries("action_taken").Last()["data"]!;
        Assert.Equal(reminder["id"]!.GetValue<string>(), fired["scheduledId"]!.GetValue<string>());
        Assert.Equal("Still thinking?", fired["parameters"]!["subject"]!.GetValue<string>());
        Assert.Empty(later["upcoming"]!.AsArray());
        var outbox = await app.Factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == "john@example.com").Select(m => m.Subject).ToListAsync());
        Assert.Contains("Still thinking?", outbox);
    }

    [Fact]
    public async Task PurchaseEvent_LetsTheModelCancelThePendingReminder()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(actNow: [Email("Espresso deal")], schedule: [Email("Still thinking?", after: "3 days")]));
        var timeline = await client.EnrolAsync(journeyId, "cust_002");
        var reminderId = timeline["upcoming"]![0]!["id"]!.GetValue<string>();
        app.Server.Script(Decision(cancel: [new JsonObject { ["scheduledId"] = reminderId, ["reason"] = "they bought" }], finished: true, reasoning: "Bought."));

        await client.PublishEventAsync("order.placed", "cust_002", new { total = 499 });
        var later = await app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "finished");

        Assert.Equal("order.placed", later.Entries("event").Single()["data"]!["type"]!.GetValue<string>());
        var cancelled = later.Entries("action_cancelled").Single()["data"]!;
        Assert.Equal(reminderId, cancelled["scheduledId"]!.GetValue<string>());
        Assert.Equal("they bought", cancelled["reason"]!.GetValue<string>());
        Assert.Equal("finished", later["run"]!["status"]!.GetValue<string>());
        app.Factory.Clock.Advance(TimeSpan.FromDays(4));
        await app.Factory.TickAsync();
        Assert.Single((await client.TimelineAsync(journeyId, timeline.RunId())).Entries("action_taken"));
        Assert.Contains("order.placed", app.Server.Requests.Last()["messages"]!.ToJsonString());
    }

    [Fact]
    public async Task Decision_ThatBreaksAGuardrail_IsRefusedAndRecorded_WhileTheAllowedPartRuns()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(maxEmails: 1));
        app.Server.Script(Decision(actNow: [Email("One"), Email("Two"), new JsonObject { ["action"] = "customer.delete", ["parameters"] = new JsonObject() }]));

        var timeline = await client.EnrolAsync(journeyId, "cust_003");

        Assert.Single(timeline.Entries("action_taken"));
        var refusals = timeline.Entries("decision_refused").Single()["data"]!["refusals"]!.AsArray();
        Assert.Equal(2, refusals.Count);
        Assert.Contains("at most once", refusals[0]!["reason"]!.GetValue<string>());
        Assert.Contains("not an allowed action", refusals[1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task SensitiveAction_WaitsForTheInbox_AndRunsOnceApproved()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(smsNeedsApproval: true));
        var sms = new JsonObject { ["action"] = "sms_send", ["parameters"] = new JsonObject { ["body"] = "Deal ends tonight" }, ["reason"] = "no email opened" };
        app.Server.Script(Decision(actNow: [sms]), Decision());
        var timeline = await client.EnrolAsync(journeyId, "cust_004");
        Assert.Empty(timeline.Entries("action_taken"));
        Assert.StartsWith("Waits for a reviewer's approval", timeline.Entries("action_scheduled").Single()["data"]!["reason"]!.GetValue<string>());

        await app.Factory.TickAsync();
        var approval = await app.Factory.QueryAsync(db => db.Approvals.AsNoTracking().SingleAsync(a => a.Title.Contains("sms_send for customer cust_004")));
        await app.Factory.Services.GetRequiredService<ApprovalCommands>().DecideAsync(approval.Id, "reviewer@example.com", new ApprovalDecisionRequest("approved", "fine", null));
        var later = await app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "action_taken");

        var sent = later.Entries("action_taken").Single()["data"]!;
        Assert.Equal("Deal ends tonight", sent["parameters"]!["body"]!.GetValue<string>());
        Assert.Null(sent["error"]);
    }

    [Fact]
    public async Task AudienceEvent_EnrolsTheContact_AndADecisionFollows()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var enrolEvent = $"cart.abandoned.{Guid.NewGuid():N}";
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(enrolEvent: enrolEvent));
        app.Server.Script(Decision(actNow: [Email("You left something")]));

        await client.PublishEventAsync(enrolEvent, "cust_005", new { cart = 2 });
        var run = Assert.Single((await client.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!)!;
        var timeline = await app.Factory.TickUntilAsync(client, journeyId, run["id"]!.GetValue<string>(), "action_taken");

        Assert.Equal(enrolEvent, timeline.Entries("input").Single()["data"]!["input"]!["event"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddContext_AsksTheModelAgain_WithTheNewContext()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(), Decision(actNow: [Email("VIP offer")]));
        var timeline = await client.EnrolAsync(journeyId, "cust_006");

        using var response = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts/cust_006/context", new { context = new { vip = true } });
        await response.EnsureSuccessWithBodyAsync();
        var later = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Single(later.Entries("add_context"));
        // The decision worker may have taken the news first: its action step then finishes just after this answer.
        var acted = await Poll.UntilAsync(
            () => client.TimelineAsync(journeyId, later.RunId()),
            t => t.Entries("action_taken").Count > 0,
            t => $"No action was taken after the new context: {t.ToJsonString()}");
        Assert.Single(acted.Entries("action_taken"));
        Assert.Contains("vip", app.Server.Requests.Last()["messages"]!.ToJsonString());
        Assert.Equal(timeline.RunId(), later.RunId());
    }

    [Fact]
    public async Task ModelCall_AsksForTheDecisionSchema_AndShowsThePolicyAndAllowedActions()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision());

        await client.EnrolAsync(journeyId, "cust_007");

        var request = app.Server.Requests.Last();
        Assert.Equal("journey_decision", request["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var system = request["messages"]![0]!["content"]!.GetValue<string>();
        Assert.Contains("Don't repeat more than 3 times", system);
        Assert.Contains("email_send", system);
        Assert.Contains("at most 3 per contact", system);
    }

    [Fact]
    public async Task UnusableAnswer_IsSentBackOnce_ThenRecordedAsARefusal()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(FakeReply.Say("I would send an email."), FakeReply.Say("Still not JSON."));

        var timeline = await client.EnrolAsync(journeyId, "cust_008");

        Assert.Empty(timeline.Entries("decision"));
        Assert.Contains("not a usable decision", timeline.Entries("decision_refused").Single()["data"]!["refusals"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enrol_IsRefused_ForALockedJourney_WithAClearMessage()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(mode: "locked"));

        using var response = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId = "cust_456" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This journey is locked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Enrol_IsRefused_ForAnUnknownCustomer_AndTwiceForTheSameOne()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision());
        await client.EnrolAsync(journeyId, "cust_009");

        using var unknown = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId = "nobody" });
        using var again = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId = "cust_009" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CreateJourney_IsRefused_WithEachProblemNamed()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var definition = JourneyDefinitions.Promotion();
        definition["policy"] = "";
        definition["actions"]!.AsArray().Add(new JsonObject { ["action"] = "rocket_launch" });

        using var response = await client.PostAsync("/api/journeys", new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("needs a policy", body);
        Assert.Contains("'rocket_launch' is not an action of this app", body);
    }

    [Fact]
    public async Task Mermaid_DrawsThePathsContactsTook()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(actNow: [Email("Hi")]), Decision(actNow: [Email("Hi")]));
        await client.EnrolAsync(journeyId, "cust_010");
        await client.EnrolAsync(journeyId, "cust_011");

        var text = await client.GetStringAsync($"/api/journeys/{journeyId}/mermaid");

        Assert.Contains("start -->|2 contacts| n1", text);
    }

    [Fact]
    public async Task Mermaid_Answers404Problem_ForAnUnknownJourney()
    {
        var client = await app.Factory.CreateApiClientAsync();

        using var response = await client.GetAsync("/api/journeys/jny_unknown/mermaid");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
