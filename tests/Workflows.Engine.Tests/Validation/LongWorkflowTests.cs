using Workflows.Engine.Common;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>Workflows far longer than anyone draws: checking them takes time in proportion, never stack in proportion.</summary>
public sealed class LongWorkflowTests
{
    private static readonly WorkflowLimits NoCap = new() { MaxStepsPerWorkflow = int.MaxValue };

    [Fact]
    public void Validate_FindsTheCycle_InAChainOfFiftyThousandStepsLeadingBackToItsStart()
    {
        var definition = LongChains.Linear(50_000, backToFirst: true);

        var report = LongChains.OnSmallStack(() => new WorkflowValidator(new GuideActions().Catalog(), NoCap).Validate(definition));

        var cycle = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.CycleWithoutLoop, "s0"), (cycle.Code, cycle.StepSlug));
        Assert.Contains("s9 → … (49,990 more)", cycle.Message);
    }

    [Fact]
    public void Validate_FindsNoErrors_InAChainOfFiftyThousandSteps()
    {
        var definition = LongChains.Linear(50_000);

        var report = LongChains.OnSmallStack(() => new WorkflowValidator(new GuideActions().Catalog(), NoCap).Validate(definition));

        Assert.True(report.IsValid, string.Join("\n", report.Errors.Take(3)));
    }

    [Fact]
    public void ConnectionRules_RefuseTheLinkThatClosesACircle_AtTheEndOfAChainOfFiftyThousandSteps()
    {
        var definition = LongChains.Linear(50_000);
        var last = definition.Steps[^1] with { NextSteps = new Dictionary<string, string>(StringComparer.Ordinal) };
        var open = definition with { Steps = [.. definition.Steps.SkipLast(1), last] };

        var refusal = LongChains.OnSmallStack(() => ConnectionRules.Check(open, new StepLink(last.Slug, Ports.Success, "s0")));

        Assert.Equal(ConnectionProblem.CycleWithoutLoop, refusal?.Problem);
    }

    [Fact]
    public void Validate_RefusesOnlyForSize_WhenAWorkflowHasMoreStepsThanTheCap()
    {
        var validator = new WorkflowValidator(new GuideActions().Catalog(), new WorkflowLimits { MaxStepsPerWorkflow = 100 });

        var report = validator.Validate(LongChains.Linear(100, backToFirst: true));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCodes.TooManySteps, finding.Code);
        Assert.Equal("This workflow has 101 steps; a workflow may have at most 100. Split it into smaller workflows.", finding.Message);
        Assert.True(WorkflowValidator.Refuses(report));
    }

    [Fact]
    public void Validate_ChecksEveryRule_WhenAWorkflowHasExactlyTheCap()
    {
        var validator = new WorkflowValidator(new GuideActions().Catalog(), new WorkflowLimits { MaxStepsPerWorkflow = 101 });

        var report = validator.Validate(LongChains.Linear(100, backToFirst: true));

        Assert.Equal(FindingCodes.CycleWithoutLoop, Assert.Single(report.Findings).Code);
        Assert.False(WorkflowValidator.Refuses(report));
    }
}
