using Workflows.Engine.Journeys;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

public sealed class JourneyJsonTests
{
    [Fact]
    public void Parse_ReadsWhatWriteWrote_GuardrailsAndModeIncluded()
    {
        var journey = Promotion(new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin")) with { Mode = JourneyMode.Locked };

        var text = JourneyJson.Write(journey);
        var read = JourneyJson.Parse(text);

        Assert.Contains("\"mode\": \"locked\"", text);
        Assert.Equal(text, JourneyJson.Write(read));
        Assert.Equal(3, read.Find("email_send")!.Guardrails.MaxPerContact);
    }

    [Fact]
    public void Parse_ReadsQuietHoursWrittenByHand()
    {
        var read = JourneyJson.Parse("""
            { "name": "n", "policy": "p", "actions": [ { "action": "email_send",
              "guardrails": { "quietHours": { "start": "21:00", "end": "08:00", "timeZone": "UTC" } } } ] }
            """);

        Assert.Equal(new TimeOnly(21, 0), read.Actions[0].Guardrails.QuietHours!.Start);
    }

    [Fact]
    public void Parse_SaysWhere_WhenTheJsonDoesNotFit()
    {
        var ex = Assert.Throws<FormatException>(() => JourneyJson.Parse("""{ "name": "n", "policy": "p", "actions": [ { "action": 5 } ] }"""));

        Assert.Contains("$.actions[0].action", ex.Message);
    }

    [Fact]
    public void Problems_ListsEachMistake_OfAnIncompleteJourney()
    {
        var journey = new JourneyDefinition("", " ", [new AllowedAction("rocket_launch"), new AllowedAction("email_send") { Guardrails = new() { MaxPerDay = 0 } }])
        {
            Audience = new JourneyAudience { SegmentId = "vip", EnrolEvent = "cart.abandoned" },
        };

        var problems = JourneyChecks.Problems(journey, name => name == "email_send" ? Email : null);

        Assert.Equal(5, problems.Count);
        Assert.Contains("'rocket_launch' is not an action of this app.", problems);
    }

    [Fact]
    public void Problems_NamesEnrollingNewMembers_WithoutASegment()
    {
        var journey = Promotion() with { Audience = new JourneyAudience { EnrolNewMembers = true } };

        var problem = Assert.Single(JourneyChecks.Problems(journey, name => Email with { Name = name }));

        Assert.StartsWith("Enrolling new members needs a segment", problem);
    }

    [Fact]
    public void Problems_IsEmpty_ForTheSeedsJourney()
    {
        Assert.Empty(JourneyChecks.Problems(Promotion(), name => Email with { Name = name }));
    }
}
