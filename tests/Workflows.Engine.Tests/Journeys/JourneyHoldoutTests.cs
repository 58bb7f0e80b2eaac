using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Journeys;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

/// <summary>A journey's holdout: a sticky share of its contacts, and the goals its contacts convert to, held out or not.</summary>
public sealed class JourneyHoldoutTests
{
    private const int Contacts = 100_000;

    private static IEnumerable<string> ContactIds(int count) => Enumerable.Range(0, count).Select(i => $"cust_{i}");

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(50)]
    public void HoldsOut_TheStatedShare_Within2Percent_Over100000Contacts(double percent)
    {
        var heldOut = ContactIds(Contacts).Count(c => JourneyHoldout.HoldsOut("jny_1", c, percent));

        Assert.InRange(heldOut * 100.0 / Contacts, percent - 2, percent + 2);
    }

    [Fact]
    public void HoldsOut_TheSameContacts_OnEveryCall_AndNoneWithoutAShare()
    {
        var first = ContactIds(10_000).Where(c => JourneyHoldout.HoldsOut("jny_1", c, 10)).ToList();
        var again = ContactIds(10_000).Where(c => JourneyHoldout.HoldsOut("jny_1", c, 10)).ToList();

        Assert.Equal(first, again);
        Assert.DoesNotContain(ContactIds(10_000), c => JourneyHoldout.HoldsOut("jny_1", c, 0));
    }

    [Fact]
    public void HoldsOut_EveryoneHeldOutBefore_WhenTheShareGrows_AndDrawsAfreshForAnotherJourney()
    {
        var atTen = ContactIds(10_000).Where(c => JourneyHoldout.HoldsOut("jny_1", c, 10)).ToHashSet();
        var atTwenty = ContactIds(10_000).Where(c => JourneyHoldout.HoldsOut("jny_1", c, 20)).ToHashSet();
        var elsewhere = ContactIds(10_000).Where(c => JourneyHoldout.HoldsOut("jny_2", c, 10)).ToHashSet();

        Assert.Subset(atTwenty, atTen);
        Assert.InRange(atTen.Intersect(elsewhere).Count(), 50, 150);
    }

    [Fact]
    public void Goals_WrittenOnTheJourney_AttributeAConversion_OnlyInsideTheWindowAfterEntry()
    {
        var journey = JourneyJson.Parse(JourneyJson.Write(Promotion() with
        {
            HoldoutPercent = 10,
            Goals = [new JsonObject { ["name"] = "Big order", ["event"] = "order.placed", ["condition"] = "{{event.total}} > 50", ["window"] = "7 days" }],
        }));
        var goal = Assert.Single(ConversionGoals.Of(journey.Goals));
        var big = new JsonObject { ["total"] = 80 };

        Assert.Equal(10, journey.HoldoutPercent);
        Assert.True(goal.ConvertedBy("order.placed", big, Monday10, Monday10.AddDays(6)));
        Assert.False(goal.ConvertedBy("order.placed", big, Monday10, Monday10.AddDays(8)));
        Assert.False(goal.ConvertedBy("order.placed", new JsonObject { ["total"] = 20 }, Monday10, Monday10.AddDays(1)));
        Assert.False(goal.ConvertedBy("order.placed", big, Monday10, Monday10.AddMinutes(-1)));
    }

    [Theory]
    [InlineData(-1, "Hold out between 0% and 50% of the contacts (e.g. 10%).")]
    [InlineData(60, "Hold out between 0% and 50% of the contacts (e.g. 10%).")]
    public void Checks_RefuseAHoldoutShare_OutsideZeroToHalf(double percent, string problem) =>
        Assert.Contains(problem, JourneyChecks.Problems(Promotion() with { HoldoutPercent = percent }, name => Email with { Name = name }));

    [Fact]
    public void Checks_NameWhatIsWrongWithAGoal_AsForAWorkflow() =>
        Assert.Contains("Goal 1's window '3 years' must be a duration from 1 minute to 90 days, e.g. \"7 days\".",
            JourneyChecks.Problems(Promotion() with { Goals = [new JsonObject { ["event"] = "order.placed", ["window"] = "3 years" }] }, name => Email with { Name = name }));
}
