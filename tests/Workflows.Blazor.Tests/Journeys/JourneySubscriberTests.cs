using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The journey note's <c>on_action(subscriber)</c>: a webhook and an event type hear each action as it runs.</summary>
public sealed class JourneySubscriberTests : IAsyncLifetime
{
    private readonly FakeOpenAiServer _model = new() { Fallback = Decision() };
    private readonly HttpTestReceiver _subscriber = new();
    private AppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new AppFactory().WithDemoData()
            .WithModel(_model)
            .AllowingCallsTo(_subscriber);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WebhookSubscriber_ReceivesTheAction_AndItsAnswerJoinsTheContactsContext()
    {
        _subscriber.Body = """{ "context": { "new_info": "the customer replied by phone" } }""";
        var client = await _app.CreateApiClientAsync();
        var journey = JourneyDefinitions.Promotion();
        journey["on_action"] = _subscriber.Url;
        var journeyId = await client.CreateJourneyAsync(journey);
        _model.Script(Decision(actNow: [Email("Espresso deal")]));

        var timeline = await client.EnrolAsync(journeyId, "cust_456");
        // The answer's context is news: the model decides again, and sees it.
        var later = await _app.TickUntilAsync(client, journeyId, timeline.RunId(), "decision", count: 2);

        var delivered = Assert.Single(_subscriber.Requests);
        var body = JsonNode.Parse(delivered.Body)!;
        Assert.Equal("email_send", body["action"]!.GetValue<string>());
        Assert.Equal("cust_456", body["contactId"]!.GetValue<string>());
        Assert.Equal(body["deliveryId"]!.GetValue<string>(), delivered.Headers["Idempotency-Key"]);
        var added = later.Entries("add_context").Single()["data"]!["context"]!;
        Assert.Equal("the customer replied by phone", added["context"]!["new_info"]!.GetValue<string>());
        Assert.Contains("the customer replied by phone", _model.Requests.Last()["messages"]!.ToJsonString());
    }

    [Fact]
    public async Task WebhookSubscriber_IsToldAgainAfterItsWait_WhenItFailed()
    {
        _subscriber.Status = 503;
        await EnrolWithWebhookSubscriberAsync();
        var failed = await DeliveryAsync(d => d.Attempts == 1);
        Assert.Equal("answered 503", failed.LastError);
        Assert.Equal(_app.Clock.GetUtcNow() + JourneySubscriberDelivery.WaitAfter(1), failed.NextAttemptAt);

        await _app.AdvanceAsync(JourneySubscriberDelivery.WaitAfter(1) - TimeSpan.FromSeconds(1));
        Assert.Single(_subscriber.Requests);
        _subscriber.Status = 200;
        await _app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var delivered = await DeliveryAsync(d => d.DeliveredAt is not null);
        Assert.Equal(2, delivered.Attempts);
        Assert.Null(delivered.NextAttemptAt);
        Assert.Null(delivered.LastError);
        Assert.Equal(2, _subscriber.Requests.Count);
        Assert.Single(_subscriber.Requests.Select(r => r.Headers["Idempotency-Key"]).Distinct());
    }

    [Fact]
    public async Task WebhookSubscriber_IsGivenUpOn_AfterEveryAttemptFailed()
    {
        _subscriber.Status = 500;
        await EnrolWithWebhookSubscriberAsync();
        await DeliveryAsync(d => d.Attempts == 1);

        for (var failures = 1; failures < JourneySubscriberDelivery.MaxAttempts; failures++)
        {
            await _app.AdvanceAsync(JourneySubscriberDelivery.WaitAfter(failures));
        }
        await _app.AdvanceAsync(TimeSpan.FromDays(1));

        var given = await DeliveryAsync(d => d.NextAttemptAt is null);
        Assert.Equal(JourneySubscriberDelivery.MaxAttempts, given.Attempts);
        Assert.Null(given.DeliveredAt);
        Assert.Equal("answered 500", given.LastError);
        Assert.Equal(JourneySubscriberDelivery.MaxAttempts, _subscriber.Requests.Count);
    }

    private async Task EnrolWithWebhookSubscriberAsync()
    {
        var client = await _app.CreateApiClientAsync();
        var journey = JourneyDefinitions.Promotion();
        journey["on_action"] = _subscriber.Url;
        var journeyId = await client.CreateJourneyAsync(journey);
        _model.Script(Decision(actNow: [Email("Espresso deal")]));
        await client.EnrolAsync(journeyId, "cust_456");
    }

    private async Task<JourneySubscriberDeliveryEntity> DeliveryAsync(Func<JourneySubscriberDeliveryEntity, bool> condition) =>
        (await Poll.UntilAsync(
            () => _app.QueryAsync(db => db.JourneySubscriberDeliveries.AsNoTracking().SingleOrDefaultAsync()),
            d => d is not null && condition(d),
            d => $"The subscriber's delivery is not as expected: {System.Text.Json.JsonSerializer.Serialize(d)}"))!;

    [Fact]
    public async Task EventSubscriber_StartsTheWorkflowListeningToIt_OnlyForTheActionsItHears()
    {
        var client = await _app.CreateApiClientAsync();
        var listenerId = await client.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("journey.email_sent"), """{ "subject": "{{input.data.parameters.subject}}" }"""));
        await client.ActivateAsync(listenerId);
        var journey = JourneyDefinitions.Promotion();
        journey["subscribers"] = new JsonArray(new JsonObject { ["event"] = "journey.email_sent", ["actions"] = new JsonArray("email_send") });
        var journeyId = await client.CreateJourneyAsync(journey);
        _model.Script(Decision(actNow: [Email("Espresso deal"), new JsonObject { ["action"] = "sms_send", ["parameters"] = new JsonObject { ["body"] = "Hi" } }]));

        await client.EnrolAsync(journeyId, "cust_456");

        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var run = await client.WaitForStatusAsync(listened.Id, "completed");
        Assert.Equal("Espresso deal", run["variables"]!["subject"]!.GetValue<string>());
        await _app.WaitForEmptyEventOutboxAsync();
        Assert.Single(await _app.ExecutionsOfAsync(listenerId));
        Assert.Equal(2, await _app.QueryAsync(db => db.Events.CountAsync(e => e.Type == "journey.action_taken")));
    }

    [Fact]
    public async Task Journey_IsRefused_WhenASubscriberIsNeitherAnAddressNorAnEventType()
    {
        var client = await _app.CreateApiClientAsync();
        var journey = JourneyDefinitions.Promotion();
        journey["subscribers"] = new JsonArray(new JsonObject { ["url"] = "ftp://example.com/hook" }, new JsonObject { ["actions"] = new JsonArray("sms_send") });

        using var response = await client.PostAsync("/api/journeys", new StringContent(journey.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("full http or https address", problem);
        Assert.Contains("webhook address (url) or an event type (event)", problem);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _subscriber.DisposeAsync();
        await _model.DisposeAsync();
    }
}
