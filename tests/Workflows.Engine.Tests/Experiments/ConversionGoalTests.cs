using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Experiments;

public sealed class ConversionGoalTests
{
    private static readonly DateTimeOffset Entered = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ConversionGoal BigOrder = new("Big order", "order.placed", "{{event.total}} > 50", "7 days");

    private static JsonObject Order(double total) => new() { ["total"] = total };

    [Theory]
    [InlineData(0)]
    [InlineData(60 * 24 * 3)]
    [InlineData(60 * 24 * 7)]
    public void ConvertedBy_IsTrue_ForAMatchingEventInsideTheWindow(int minutesAfterEntry) =>
        Assert.True(BigOrder.ConvertedBy("order.placed", Order(80), Entered, Entered.AddMinutes(minutesAfterEntry)));

    [Theory]
    [InlineData(-1)]
    [InlineData(60 * 24 * 7 + 1)]
    public void ConvertedBy_IsFalse_BeforeEntryOrAfterTheWindow(int minutesAfterEntry) =>
        Assert.False(BigOrder.ConvertedBy("order.placed", Order(80), Entered, Entered.AddMinutes(minutesAfterEntry)));

    [Fact]
    public void ConvertedBy_IsFalse_WhenTheConditionIsNotMet() =>
        Assert.False(BigOrder.ConvertedBy("order.placed", Order(20), Entered, Entered.AddHours(1)));

    [Fact]
    public void ConvertedBy_IsFalse_ForAnotherEventType() =>
        Assert.False(BigOrder.ConvertedBy("order.cancelled", Order(80), Entered, Entered.AddHours(1)));

    [Fact]
    public void ConvertedBy_IsFalse_WhenTheEventLacksWhatTheConditionReads() =>
        Assert.False(BigOrder.ConvertedBy("order.placed", new JsonObject(), Entered, Entered.AddHours(1)));

    [Fact]
    public void ConvertedBy_CountsEveryEventOfTheType_WhenThereIsNoCondition() =>
        Assert.True((BigOrder with { Condition = null }).ConvertedBy("order.placed", null, Entered, Entered.AddHours(1)));

    [Fact]
    public void Of_ReadsTheGoals_NamingThemAfterTheirEventAndGivingThemSevenDays()
    {
        var goal = Assert.Single(ConversionGoals.Of(WithGoals("""[ { "event": "email.clicked" } ]""")));

        Assert.Equal(("email.clicked", "email.clicked", TimeSpan.FromDays(7)), (goal.Name, goal.EventType, goal.Window));
    }

    [Theory]
    [InlineData("""[ { "window": "7 days" } ]""", "config.goals[0].event")]
    [InlineData("""[ { "event": "order.placed", "window": "soon" } ]""", "config.goals[0].window")]
    [InlineData("""[ { "event": "order.placed", "window": "30 seconds" } ]""", "config.goals[0].window")]
    [InlineData("""[ { "event": "order.placed", "condition": "{{event.total}} >" } ]""", "config.goals[0].condition")]
    [InlineData("""[ { "event": "order.placed", "condition": "{{input.total}} > 50" } ]""", "config.goals[0].condition")]
    [InlineData("""[ { "event": "order.placed" }, { "name": "order.placed", "event": "order.paid" } ]""", "config.goals[1].name")]
    [InlineData("""{ "event": "order.placed" }""", "config.goals")]
    public void Validate_NamesTheGoalField_ThatCannotBeMeasured(string goals, string field)
    {
        var finding = Assert.Single(Validate(WithGoals(goals)).Errors);

        Assert.Equal((FindingCodes.InvalidGoal, field), (finding.Code, finding.Field));
    }

    [Fact]
    public void Validate_AcceptsAGoal_WithEventConditionAndWindow() =>
        Assert.Empty(Validate(WithGoals("""[ { "name": "Big order", "event": "order.placed", "condition": "{{event.total}} > 50", "window": "7d" } ]""")).Errors);

    private static ValidationReport Validate(WorkflowDefinition definition) => new WorkflowValidator(new GuideActions().Catalog()).Validate(definition);

    private static WorkflowDefinition WithGoals(string goals) => WorkflowJson.Parse($$"""
        { "name": "Win back", "config": { "goals": {{goals}} }, "steps": [
          { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { } } ] }
        """);
}
