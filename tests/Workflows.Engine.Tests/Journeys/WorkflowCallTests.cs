using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

public sealed class WorkflowCallTests
{
    [Theory]
    [InlineData("workflow:wf_123", "wf_123")]
    [InlineData("workflow:", null)]
    [InlineData("email_send", null)]
    [InlineData("Workflow:wf_123", null)]
    public void WorkflowIdOf_ReadsOnlyTheWorkflowPrefix(string action, string? expected) =>
        Assert.Equal(expected, WorkflowCall.WorkflowIdOf(action));

    [Fact]
    public void Declaration_NamesTheWorkflow_AndSaysTheResultComesBack()
    {
        var declaration = WorkflowCall.Declaration("workflow:wf_1", "VIP offer", "Makes a personal discount");

        Assert.Contains("'VIP offer'", declaration.Description);
        Assert.Contains("Makes a personal discount", declaration.Description);
        Assert.Contains("workflow_finished", declaration.Description);
        Assert.False(Assert.Single(declaration.Parameters).Required);
    }

    [Fact]
    public void Validate_AllowsAWorkflowCall_AndKeepsItsGuardrails()
    {
        var journey = Promotion() with { Actions = [new AllowedAction("workflow:wf_1") { Guardrails = new ActionGuardrails { MaxPerContact = 1 } }] };
        var validator = new DecisionValidator(WorkflowCall.Including(_ => null));
        var call = new DecidedAction("workflow:wf_1", new JsonObject { ["input"] = new JsonObject { ["tier"] = "gold" } }, "make the offer");
        var earlier = new JourneyLog([ContextEntry.Taken(Monday10.AddDays(-1), "workflow:wf_1", [], new JsonObject { ["executionId"] = "ex_1" }, null)]);

        var first = validator.Validate(journey, new JourneyLog([]), Act(call), Monday10);
        var second = validator.Validate(journey, earlier, Act(call), Monday10);

        Assert.Equal("gold", Assert.Single(first.RunNow).Parameters["input"]!["tier"]!.GetValue<string>());
        Assert.Empty(second.RunNow);
        Assert.Contains("at most once", Assert.Single(second.Refusals).Reason);
    }

    [Fact]
    public void WorkflowIdsIn_ListsOnlyTheWorkflowCalls()
    {
        var journey = Promotion() with { Actions = [new AllowedAction("email_send"), new AllowedAction("workflow:wf_1"), new AllowedAction("workflow:wf_2")] };

        Assert.Equal(["wf_1", "wf_2"], WorkflowCall.WorkflowIdsIn(journey));
    }

    [Fact]
    public void WorkflowFinished_AsksForADecision() =>
        Assert.True(ContextEntryKinds.AsksForDecision(ContextEntryKinds.WorkflowFinished));
}
