using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Editing;

public sealed class ConnectionRulesTests
{
    private static readonly WorkflowDefinition LoopFlow = Flow.Steps("""
        [ { "stepSlug": "start", "stepType": "trigger", "nextSteps": { "success": "fetch" } },
          { "stepSlug": "fetch", "stepType": "action", "nextSteps": { "success": "each" } },
          { "stepSlug": "each", "stepType": "loop", "nextSteps": { "next": "check", "done": "report" } },
          { "stepSlug": "check", "stepType": "condition", "nextSteps": { "true": "send" } },
          { "stepSlug": "send", "stepType": "action", "nextSteps": { "error": "end" } },
          { "stepSlug": "report", "stepType": "action" } ]
        """);

    private static ConnectionProblem? Problem(string from, string port, string to) =>
        ConnectionRules.Check(LoopFlow, new StepLink(from, port, to))?.Problem;

    [Theory]
    [InlineData("send", Ports.Success, "each")]
    [InlineData("check", Ports.False, "each")]
    [InlineData("check", Ports.False, "report")]
    [InlineData("send", Ports.Error, "report")]
    [InlineData("send", Ports.Success, "fetch")]
    public void Check_AllowsTheLink_WhenItIsSound(string from, string port, string to)
    {
        Assert.Null(ConnectionRules.Check(LoopFlow, new StepLink(from, port, to)));
    }

    [Fact]
    public void Check_RefusesALinkToItself()
    {
        var refusal = ConnectionRules.Check(LoopFlow, new StepLink("send", Ports.Success, "send"));

        Assert.Equal(ConnectionProblem.LinkToSelf, refusal?.Problem);
        Assert.Contains("cannot lead to itself", refusal!.Reason);
    }

    [Fact]
    public void Check_RefusesAPortTheStepTypeDoesNotHave()
    {
        var refusal = ConnectionRules.Check(LoopFlow, new StepLink("check", Ports.Success, "report"));

        Assert.Equal(ConnectionProblem.UnknownPort, refusal?.Problem);
        Assert.Equal("A condition step has no 'success' port; its ports are true, false, error.", refusal!.Reason);
    }

    [Fact]
    public void Check_RefusesAPortThatAlreadyLeadsToAStep()
    {
        var refusal = ConnectionRules.Check(LoopFlow, new StepLink("check", Ports.True, "report"));

        Assert.Equal(ConnectionProblem.PortInUse, refusal?.Problem);
        Assert.Equal("The 'true' port of 'check' already leads to 'send'. Delete that link first.", refusal!.Reason);
    }

    [Fact]
    public void Check_AllowsAPortThatOnlyLeadsToTheEnd()
    {
        Assert.Null(Problem("send", Ports.Error, "report"));
    }

    [Fact]
    public void Check_RefusesALinkIntoTheTrigger()
    {
        var refusal = ConnectionRules.Check(LoopFlow, new StepLink("report", Ports.Success, "start"));

        Assert.Equal(ConnectionProblem.TargetIsTrigger, refusal?.Problem);
        Assert.Contains("is the trigger", refusal!.Reason);
    }

    [Fact]
    public void Check_RefusesACycleInsideALoopBody_ThatDoesNotReturnThroughTheLoop()
    {
        var refusal = ConnectionRules.Check(LoopFlow, new StepLink("send", Ports.Success, "check"));

        Assert.Equal(ConnectionProblem.CycleWithoutLoop, refusal?.Problem);
        Assert.Equal("'check' already leads back to 'send', so this link would make the steps go round in a circle without a loop step " +
            "and the run would never end. Only a loop's body may lead back to the loop.", refusal!.Reason);
    }

    [Fact]
    public void Check_RefusesACycleWithNoLoopAtAll()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "b" } },
              { "stepSlug": "b", "stepType": "wait", "nextSteps": { "success": "c" } },
              { "stepSlug": "c", "stepType": "approval" } ]
            """);

        Assert.Equal(ConnectionProblem.CycleWithoutLoop, ConnectionRules.Check(definition, new StepLink("c", Ports.Rejected, "a"))?.Problem);
    }

    [Fact]
    public void Check_AgreesWithTheValidator_ThatACycleThroughALoopStepIsLegal()
    {
        // The validator accepts any cycle that passes a loop step, also one through its done port.
        Assert.Null(Problem("report", Ports.Success, "fetch"));
    }

    [Theory]
    [InlineData("nowhere", "report")]
    [InlineData("send", "nowhere")]
    public void Check_RefusesALinkBetweenStepsThatDoNotExist(string from, string to)
    {
        Assert.Equal(ConnectionProblem.UnknownStep, Problem(from, Ports.Success, to));
    }

    [Fact]
    public void Check_RefusesEveryPort_OfAStepOfUnknownType()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "odd", "stepType": "teleport" }, { "stepSlug": "b", "stepType": "action" } ]""");

        var refusal = ConnectionRules.Check(definition, new StepLink("odd", Ports.Success, "b"));

        Assert.Equal(ConnectionProblem.UnknownPort, refusal?.Problem);
        Assert.Contains("unknown step type 'teleport'", refusal!.Reason);
    }

    [Theory]
    [InlineData(StepTypes.Trigger, new[] { Ports.Success })]
    [InlineData(StepTypes.Action, new[] { Ports.Success, Ports.Error })]
    [InlineData(StepTypes.Condition, new[] { Ports.True, Ports.False, Ports.Error })]
    [InlineData(StepTypes.Loop, new[] { Ports.Next, Ports.Done, Ports.Error })]
    [InlineData(StepTypes.Approval, new[] { Ports.Approved, Ports.Rejected, Ports.Timeout, Ports.Error })]
    [InlineData(StepTypes.Wait, new[] { Ports.Success, Ports.Timeout, Ports.Error })]
    [InlineData("teleport", new string[0])]
    public void OutputPorts_ListsTheTypesPortsInDisplayOrder(string type, string[] ports)
    {
        var step = new StepDefinition("s", type, [], new Dictionary<string, string>());

        Assert.Equal(ports, ConnectionRules.OutputPorts(step));
    }
}
