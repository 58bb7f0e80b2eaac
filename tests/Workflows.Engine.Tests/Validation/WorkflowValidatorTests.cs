using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

public sealed class WorkflowValidatorTests
{
    private static ValidationReport Validate(string steps) => new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Validate_FindsNoErrors_InTheGuideWorkflows(string file)
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(GuideWorkflows.Load(file));

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_SuggestsTheStepPath_WhenStepsIsMissingFromAVariable()
    {
        var report = Validate("""
            [ { "stepSlug": "get_customer", "stepType": "action", "config": { "type": "customer_get", "parameters": { "customerId": "1" } }, "nextSteps": { "success": "send" } },
              { "stepSlug": "send", "stepType": "action", "config": { "type": "email_send", "parameters": { "to": "{{customer.email}}", "subject": "s", "body": "b" } } } ]
            """);

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.UnknownVariable);
        Assert.Equal(("send", "config.parameters.to"), (finding.StepSlug, finding.Field));
        Assert.Contains("Did you mean {{steps.get_customer.output.email}}?", finding.Message);
    }

    [Fact]
    public void Validate_ReportsAReadOfAStepThatRunsOnAnotherBranch()
    {
        var report = Validate("""
            [ { "stepSlug": "check", "stepType": "condition", "config": { "expression": "true" }, "nextSteps": { "true": "a", "false": "b" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": 1 } }, "nextSteps": { "error": "end" } },
              { "stepSlug": "b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "y": "{{steps.a.output.x}}" } }, "nextSteps": { "error": "end" } } ]
            """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.StepNotBefore, "b"), (finding.Code, finding.StepSlug));
        Assert.Contains("never runs before 'b'", finding.Message);
    }

    [Fact]
    public void Validate_NamesEveryStepOfTheCircle_WhenACycleHasNoLoop()
    {
        var report = Validate("""
            [ { "stepSlug": "a", "stepType": "condition", "config": { "expression": "true" }, "nextSteps": { "true": "b", "false": "end" } },
              { "stepSlug": "b", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "c", "error": "end" } },
              { "stepSlug": "c", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "a", "error": "end" } } ]
            """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.CycleWithoutLoop, finding.Code);
        Assert.Contains("a → b → c → a", finding.Message);
    }

    [Fact]
    public void Validate_AcceptsACycleThroughALoop()
    {
        var report = Validate("""
            [ { "stepSlug": "loop", "stepType": "loop", "config": { "items": "{{input.list}}" }, "nextSteps": { "next": "a", "done": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{loop.item}}" } }, "nextSteps": { "success": "loop", "error": "end" } } ]
            """);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_ReportsALoopBodyThatNeverReturns_OnTheLoop()
    {
        var report = Validate("""
            [ { "stepSlug": "loop", "stepType": "loop", "config": { "items": "{{input.list}}" }, "nextSteps": { "next": "a", "done": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "end", "error": "end" } } ]
            """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.LoopNeverReturns, "loop"), (finding.Code, finding.StepSlug));
        Assert.Contains("Point the last step's success port to 'loop'", finding.Message);
    }

    [Fact]
    public void Validate_GivesTheColumn_OfAConditionThatDoesNotParse()
    {
        var report = Validate("""[ { "stepSlug": "c", "stepType": "condition", "config": { "expression": "{{input.age}} >= 18 &&& true" } } ]""");

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.InvalidExpression, "config.expression", 23), (finding.Code, finding.Field, finding.Column));
    }

    [Theory]
    [InlineData("sned_email", "send_email")]
    [InlineData("fnish", "finish")]
    public void Validate_SuggestsTheClosestStep_WhenATargetIsMistyped(string target, string suggestion)
    {
        var report = Validate($$"""
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "{{target}}", "error": "end" } },
              { "stepSlug": "send_email", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "error": "end" } } ]
            """);

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.MissingTarget);
        Assert.Contains($"did you mean '{suggestion}'?", finding.Message);
    }

    [Fact]
    public void Validate_SuggestsTheClosestAction_WhenAnActionIsMistyped()
    {
        var report = Validate("""[ { "stepSlug": "a", "stepType": "action", "config": { "type": "customer_gte" }, "nextSteps": { "error": "end" } } ]""");

        Assert.Contains("did you mean 'customer_get'?", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public void Validate_AcceptsTheLoopItemVariable_InsideTheLoopBody()
    {
        var report = Validate("""
            [ { "stepSlug": "loop", "stepType": "loop", "config": { "items": "{{input.list}}", "itemVariable": "customer" }, "nextSteps": { "next": "a", "done": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{customer.email}}" } }, "nextSteps": { "success": "loop", "error": "end" } } ]
            """);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_WarnsButDoesNotFail_ForABareNameInACondition()
    {
        var report = Validate("""[ { "stepSlug": "c", "stepType": "condition", "config": { "expression": "totalSpent > 1000" } } ]""");

        Assert.True(report.IsValid);
        Assert.Contains(report.Warnings, f => f.Code == FindingCodes.UnknownVariable && f.Field == "config.expression");
    }
}
