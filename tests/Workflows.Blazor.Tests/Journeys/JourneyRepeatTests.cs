using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The journey note's "remind them every 5 minutes, no more than 3 times": one scheduled action that repeats, on the fake clock.</summary>
public sealed class JourneyRepeatTests : IClassFixture<AiApp>
{
    private readonly AiApp _app;

    public JourneyRepeatTests(AiApp app)
    {
        _app = app;
        // After each reminder the model is asked again; it lets the series run.
        _app.Server.Fallback = Decision();
    }

    [Fact]
    public async Task RepeatingReminder_FiresAtEachPeriod_AndStopsAfterItsTimes()
    {
        await NoDecisionDueAsync();
        var client = await _app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(maxEmails: 3));
        _app.Server.Script(Decision(schedule: [Reminder(times: 3)]));

        var timeline = await client.EnrolAsync(journeyId, "cust_456");
        var series = Assert.Single(timeline["upcoming"]!.AsArray())!;
        Assert.Equal("5 minutes", series["repeat"]!["every"]!.GetValue<string>());

        for (var time = 1; time <= 3; time++)
        {
            _app.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
            timeline = await _app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "action_taken", count: time);
        }
        _app.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.Factory.TickAsync();

        var sent = (await client.TimelineAsync(journeyId, timeline.RunId())).Entries("action_taken");
        Assert.Equal(3, sent.Count);
        Assert.All(sent, entry => Assert.Equal(series["id"]!.GetValue<string>(), entry["data"]!["scheduledId"]!.GetValue<string>()));
        Assert.Equal(
            [_app.Factory.Clock.GetUtcNow().AddMinutes(-10), _app.Factory.Clock.GetUtcNow().AddMinutes(-5)],
            sent.Take(2).Select(e => e["data"]!["nextDueAt"]!.GetValue<DateTimeOffset>()));
        Assert.Null(sent[2]["data"]!["nextDueAt"]);
        Assert.Empty((await client.TimelineAsync(journeyId, timeline.RunId()))["upcoming"]!.AsArray());
    }

    [Fact]
    public async Task RepeatingReminder_StopsForGood_WhenTheModelCancelsTheSeries()
    {
        await NoDecisionDueAsync();
        var client = await _app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(maxEmails: 10));
        _app.Server.Script(Decision(schedule: [Reminder(times: 10)]));
        var timeline = await client.EnrolAsync(journeyId, "cust_002");
        var seriesId = timeline["upcoming"]![0]!["id"]!.GetValue<string>();
        _app.Server.Script(Decision(cancel: [new JsonObject { ["scheduledId"] = seriesId, ["reason"] = "they opened it" }]));

        _app.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await _app.Factory.TickUntilAsync(client, journeyId, timeline.RunId(), "action_cancelled");
        for (var time = 0; time < 3; time++)
        {
            await _app.Factory.AdvanceAsync(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(seriesId, later.Entries("action_cancelled").Single()["data"]!["scheduledId"]!.GetValue<string>());
        Assert.Single((await client.TimelineAsync(journeyId, timeline.RunId())).Entries("action_taken"));
        Assert.Empty((await client.TimelineAsync(journeyId, timeline.RunId()))["upcoming"]!.AsArray());
    }

    [Fact]
    public async Task RepeatingReminder_IsRefused_WhenItWouldBreakTheJourneysLimit()
    {
        await NoDecisionDueAsync();
        var client = await _app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(maxEmails: 2));
        _app.Server.Script(Decision(schedule: [Reminder(times: 3)]));

        var timeline = await client.EnrolAsync(journeyId, "cust_003");

        Assert.Empty(timeline["upcoming"]!.AsArray());
        var refusal = timeline.Entries("decision_refused").Single()["data"]!["refusals"]![0]!["reason"]!.GetValue<string>();
        Assert.Contains("would repeat 3 times", refusal);
    }

    private Task<bool> NoDecisionDueAsync() => _app.Factory.NoJourneyDecisionDueAsync();
}
