using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;

namespace Workflows.Engine.Tests.Journeys;

public sealed class DecisionReaderTests
{
    [Fact]
    public void Read_ReadsEveryPart_OfAModelsDecision()
    {
        var json = JsonNode.Parse("""
            { "reasoning": "not opened yet",
              "actNow": [ { "action": "email_send", "parameters": { "subject": "Hi" }, "reason": "first touch" } ],
              "schedule": [ { "action": "sms_send", "parameters": {}, "after": "3 days", "reason": "if not opened" },
                            { "action": "email_send", "parameters": {}, "at": "2026-11-30T09:00:00+01:00", "reason": "last try" } ],
              "cancel": [ { "scheduledId": "s1", "reason": "bought" } ],
              "finished": false }
            """);

        var (decision, problem) = DecisionReader.Read(json);

        Assert.Null(problem);
        Assert.Equal("not opened yet", decision!.Reasoning);
        Assert.Equal("Hi", decision.ActNow[0].Parameters["subject"]!.GetValue<string>());
        Assert.Equal("3 days", decision.Schedule[0].After);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), decision.Schedule[1].At);
        Assert.Equal("s1", decision.Cancel[0].ScheduledId);
    }

    [Fact]
    public void Read_TreatsMissingListsAsEmpty()
    {
        var (decision, problem) = DecisionReader.Read(JsonNode.Parse("""{ "reasoning": "wait", "finished": true }"""));

        Assert.Null(problem);
        Assert.True(decision!.Finished);
        Assert.Empty(decision.ActNow);
    }

    [Theory]
    [InlineData("""[1]""", "should be a JSON object")]
    [InlineData("""{ "actNow": {} }""", "'actNow' should be a list")]
    [InlineData("""{ "actNow": [ { "parameters": {} } ] }""", "missing 'action'")]
    [InlineData("""{ "schedule": [ { "action": "a", "at": "next tuesday" } ] }""", "'at' should be an ISO 8601")]
    [InlineData("""{ "actNow": [ { "action": "a", "parameters": "x" } ] }""", "'parameters' should be an object")]
    public void Read_SaysWhatIsWrong_WithAMalformedDecision(string json, string expected)
    {
        var (decision, problem) = DecisionReader.Read(JsonNode.Parse(json));

        Assert.Null(decision);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void ToJson_RoundTrips_ThroughTheReader()
    {
        var original = new Decision("why", [new DecidedAction("a", new JsonObject { ["x"] = 1 }, "now")],
            [new ScheduleRequest("b", [], null, "2 days", "later")], [new Cancellation("s9", "done")], true);

        var (read, _) = DecisionReader.Read(original.ToJson());

        Assert.Equal(original.ToJson().ToJsonString(), read!.ToJson().ToJsonString());
    }

    [Fact]
    public void Schema_RequiresEveryTopLevelPart()
    {
        var required = DecisionSchema.Create()["required"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(["reasoning", "actNow", "schedule", "cancel", "finished"], required);
    }
}
