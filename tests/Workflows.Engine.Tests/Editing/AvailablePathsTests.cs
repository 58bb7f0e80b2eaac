using Workflows.Engine.Editing;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Editing;

public sealed class AvailablePathsTests
{
    private static List<string> Paths(string file, string slug) =>
        AvailablePaths.For(GuideWorkflows.Load(file), slug).Select(p => p.Path).ToList();

    [Fact]
    public void For_OffersTheInputAndEveryEarlierStepsOutput_InAStraightFlow()
    {
        var paths = Paths("pattern2-product-recommendations.json", "save_recommendations");

        Assert.Equal(
        [
            "input", "input.customerId",
            "steps.get_customer.output", "steps.get_customer.output.name", "steps.get_customer.output.email",
            "steps.get_orders.output",
            "steps.recommend_products.output", "steps.recommend_products.output.products",
            "$now",
        ], paths);
    }

    [Fact]
    public void For_OffersNoStepThatRunsAfterOrOnAnotherBranch()
    {
        var paths = Paths("pattern5-error-handling.json", "mark_sent");

        Assert.Contains("steps.send_email.output", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("steps.mark_sent", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.StartsWith("steps.log_failure", StringComparison.Ordinal));
        Assert.DoesNotContain("steps.send_email.error", paths);
    }

    [Fact]
    public void For_OffersTheErrorOfAFailedStep_OnItsErrorBranch()
    {
        var error = Assert.Single(AvailablePaths.For(GuideWorkflows.Load("pattern5-error-handling.json"), "log_failure"),
            p => p.Path == "steps.send_email.error");

        Assert.Equal(("send_email", "{{steps.send_email.error}}"), (error.SourceStep, error.Tag));
    }

    [Fact]
    public void For_OffersTheLoopItemIndexCountAndItemVariable_InsideTheLoopBody()
    {
        var paths = AvailablePaths.For(GuideWorkflows.Load("pattern1-auto-reply.json"), "generate_reply");

        Assert.Equal(["loop.item", "loop.index", "loop.count", "conversation"],
            paths.Where(p => p.SourceStep == "loop_conversations" && !p.Path.StartsWith("steps.", StringComparison.Ordinal)).Select(p => p.Path));
        Assert.Contains(paths, p => p.Path == "steps.check_needs_reply.output.needsReply");
    }

    [Fact]
    public void For_OffersNoLoopPaths_OutsideTheLoopBody()
    {
        var paths = Paths("pattern1-auto-reply.json", "loop_conversations");

        Assert.DoesNotContain(paths, p => p.StartsWith("loop", StringComparison.Ordinal) || p == "conversation");
    }

    [Fact]
    public void For_NamesTheOuterLoop_ThroughParent_InANestedLoop()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "webhook" }, "nextSteps": { "success": "outer" } },
              { "stepSlug": "outer", "stepType": "loop", "config": { "items": "{{input.lists}}" }, "nextSteps": { "next": "inner" } },
              { "stepSlug": "inner", "stepType": "loop", "config": { "items": "{{loop.item}}", "itemVariable": "entry" }, "nextSteps": { "next": "work", "done": "outer" } },
              { "stepSlug": "work", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "inner" } } ]
            """);

        var paths = AvailablePaths.For(definition, "work");

        Assert.Equal(["loop.item", "loop.index", "loop.count", "entry", "loop.parent.item", "loop.parent.index", "loop.parent.count"],
            paths.Where(p => p.SourceStep is "outer" or "inner" && !p.Path.StartsWith("steps.", StringComparison.Ordinal)).Select(p => p.Path));
        Assert.Equal("The run's input, given by its webhook trigger", paths[0].Description);
        Assert.Equal("start", paths[0].SourceStep);
    }

    [Fact]
    public void For_OffersVariablesSetBeforeTheStep_ButNotAfter()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "tier": "vip", "score": 3 } }, "nextSteps": { "success": "use" } },
              { "stepSlug": "use", "stepType": "action", "config": { "type": "email_send" }, "nextSteps": { "success": "later" } },
              { "stepSlug": "later", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": true } } } ]
            """);

        var variables = AvailablePaths.For(definition, "use").Where(p => p.Path.StartsWith("variables.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["variables.tier", "variables.score"], variables.Select(v => v.Path));
        Assert.All(variables, v => Assert.Equal("remember", v.SourceStep));
    }

    [Fact]
    public void For_ReturnsNothing_ForAStepThatDoesNotExist()
    {
        Assert.Empty(Paths("pattern1-auto-reply.json", "nowhere"));
    }
}
