using Workflows.Engine.Journeys;

namespace Workflows.Engine.Tests.Journeys;

/// <summary>The journey note (seed 002) writes <c>context={}</c> and <c>actions=["action.send_sms", …]</c>: both read as ours.</summary>
public sealed class JourneyNoteShapeTests
{
    [Fact]
    public void Parse_ReadsContext_AsTheStartingContext()
    {
        var read = JourneyJson.Parse("""{ "name": "n", "policy": "p", "actions": ["sms_send"], "context": { "product": "Desk" } }""");

        Assert.Equal("Desk", read.StartingContext["product"]!.GetValue<string>());
    }

    [Fact]
    public void Parse_Refuses_WhenContextAndStartingContextAreBothGiven()
    {
        var error = Assert.Throws<FormatException>(() =>
            JourneyJson.Parse("""{ "name": "n", "policy": "p", "actions": ["sms_send"], "context": {}, "startingContext": {} }"""));

        Assert.Contains("not both", error.Message);
    }

    [Theory]
    [InlineData("action.send_sms", "sms_send")]
    [InlineData("action.send_email", "email_send")]
    [InlineData("action.suggest_new_products", "recommendation.create")]
    [InlineData("suggest_new_promotion", "offer.send")]
    [InlineData("action.email_send", "email_send")]
    [InlineData("customer.update", "customer.update")]
    [InlineData("workflow:wf_1", "workflow:wf_1")]
    public void Parse_ReadsTheNotesActionNames_AsTheAppsActions(string given, string expected)
    {
        var asString = JourneyJson.Parse($$"""{ "name": "n", "policy": "p", "actions": ["{{given}}"] }""");
        var asObject = JourneyJson.Parse($$"""{ "name": "n", "policy": "p", "actions": [ { "action": "{{given}}", "guardrails": { "maxPerContact": 2 } } ] }""");

        Assert.Equal(expected, Assert.Single(asString.Actions).Action);
        Assert.Equal((expected, 2), (asObject.Actions[0].Action, asObject.Actions[0].Guardrails.MaxPerContact));
    }

    [Fact]
    public void Write_GivesQuietHoursTheZonesName_NotTheZone()
    {
        var journey = JourneyJson.Parse("""
            { "name": "n", "policy": "p", "actions": [ { "action": "email_send",
              "guardrails": { "quietHours": { "start": "21:00", "end": "08:00", "timeZone": "Europe/Berlin" } } } ] }
            """);

        var written = System.Text.Json.Nodes.JsonNode.Parse(JourneyJson.Write(journey))!["actions"]![0]!["guardrails"]!["quietHours"]!.AsObject();

        Assert.Equal(["start", "end", "timeZone"], written.Select(p => p.Key));
        Assert.Equal("Europe/Berlin", written["timeZone"]!.GetValue<string>());
    }
}
