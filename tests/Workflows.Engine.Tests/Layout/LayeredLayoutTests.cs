using Workflows.Engine.Layout;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Layout;

public sealed class LayeredLayoutTests
{
    private static readonly LayoutOptions Options = LayoutOptions.Default;

    public static TheoryData<string> Patterns() => new(GuideWorkflows.Names.Where(n => n.StartsWith("pattern", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Compute_PlacesNoTwoNodesOnTopOfEachOther_InTheGuidePatterns(string file)
    {
        var definition = GuideWorkflows.Load(file);

        var positions = LayeredLayout.Compute(definition);

        Assert.Equal(definition.Steps.Select(s => s.Slug).Order(), positions.Keys.Order());
        AssertNoOverlaps(positions);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Compute_SendsEveryLinkDownwards_ExceptALoopBodyReturningToItsLoop(string file)
    {
        var definition = GuideWorkflows.Load(file);

        var positions = LayeredLayout.Compute(definition);

        foreach (var link in WorkflowGraph.For(definition).Links.Where(l => WorkflowGraph.For(definition).Find(l.To)!.Type != StepTypes.Loop))
        {
            Assert.True(positions[link.To].Y > positions[link.From].Y, $"{link} goes from {positions[link.From]} to {positions[link.To]}");
        }
    }

    [Fact]
    public void Compute_PutsTheLoopBodyBelowTheLoop_AndItsReturnGoesUp()
    {
        var positions = LayeredLayout.Compute(GuideWorkflows.Load("pattern1-auto-reply.json"));

        Assert.True(positions["check_needs_reply"].Y > positions["loop_conversations"].Y);
        Assert.True(positions["save_reply"].Y > positions["generate_reply"].Y);
        Assert.True(positions["save_reply"].Y > positions["loop_conversations"].Y);
    }

    [Fact]
    public void Compute_StartsWithTheTriggerAloneInTheTopLayer_WhenItIsNotTheFirstStep()
    {
        var positions = LayeredLayout.Compute(Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "b" } },
              { "stepSlug": "b", "stepType": "action" },
              { "stepSlug": "t", "stepType": "trigger", "nextSteps": { "success": "a" } } ]
            """));

        Assert.Equal(0, positions["t"].Y);
        Assert.Equal([0.0, Options.NodeHeight + Options.LayerSpacing, 2 * (Options.NodeHeight + Options.LayerSpacing)],
            new[] { "t", "a", "b" }.Select(s => positions[s].Y));
    }

    [Theory]
    [InlineData("""{ "true": "yes", "false": "no" }""")]
    [InlineData("""{ "false": "no", "true": "yes" }""")]
    public void Compute_PutsTheTrueBranchLeftOfTheFalseBranch_WhateverOrderThePortsAreWritten(string ports)
    {
        var positions = LayeredLayout.Compute(Flow.Steps($$"""
            [ { "stepSlug": "check", "stepType": "condition", "nextSteps": {{ports}} },
              { "stepSlug": "no", "stepType": "action" },
              { "stepSlug": "yes", "stepType": "action" } ]
            """));

        Assert.Equal(positions["yes"].Y, positions["no"].Y);
        Assert.True(positions["yes"].X + Options.NodeWidth + Options.NodeSpacing <= positions["no"].X);
        Assert.Equal((positions["yes"].X + positions["no"].X) / 2, positions["check"].X);
    }

    [Fact]
    public void Compute_PutsTheErrorHandlerRightOfTheSuccessPath()
    {
        var positions = LayeredLayout.Compute(GuideWorkflows.Load("pattern5-error-handling.json"));

        Assert.Equal(positions["mark_sent"].Y, positions["log_failure"].Y);
        Assert.True(positions["mark_sent"].X < positions["log_failure"].X);
    }

    [Fact]
    public void Compute_PlacesUnreachableStepsBelowTheConnectedOnes()
    {
        var positions = LayeredLayout.Compute(Flow.Steps("""
            [ { "stepSlug": "loose", "stepType": "action" },
              { "stepSlug": "t", "stepType": "trigger", "nextSteps": { "success": "a" } },
              { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "b" } },
              { "stepSlug": "b", "stepType": "action" },
              { "stepSlug": "island", "stepType": "action", "nextSteps": { "success": "a" } } ]
            """));

        Assert.All(new[] { "loose", "island" }, s => Assert.True(positions[s].Y > positions["b"].Y));
        AssertNoOverlaps(positions);
    }

    [Fact]
    public void Compute_LaysOutACycleWithoutALoop_WithoutFailing()
    {
        var positions = LayeredLayout.Compute(Flow.Steps("""
            [ { "stepSlug": "t", "stepType": "trigger", "nextSteps": { "success": "a" } },
              { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "b", "error": "a" } },
              { "stepSlug": "b", "stepType": "action", "nextSteps": { "success": "a" } } ]
            """));

        Assert.True(positions["t"].Y < positions["a"].Y && positions["a"].Y < positions["b"].Y);
    }

    [Fact]
    public void Compute_ReturnsNothing_ForAnEmptyWorkflow()
    {
        Assert.Empty(LayeredLayout.Compute(new WorkflowDefinition("empty", [])));
    }

    [Fact]
    public void Compute_UsesTheGivenNodeSizeAndSpacing()
    {
        var options = new LayoutOptions(NodeWidth: 100, NodeHeight: 50, LayerSpacing: 10, NodeSpacing: 20);

        var positions = LayeredLayout.Compute(Flow.Steps("""
            [ { "stepSlug": "check", "stepType": "condition", "nextSteps": { "true": "yes", "false": "no" } },
              { "stepSlug": "yes", "stepType": "action" }, { "stepSlug": "no", "stepType": "action" } ]
            """), options);

        Assert.Equal(new CanvasPosition(0, 60), positions["yes"]);
        Assert.Equal(new CanvasPosition(120, 60), positions["no"]);
        Assert.Equal(new CanvasPosition(60, 0), positions["check"]);
    }

    [Fact]
    public void Compute_GivesTheSamePositions_EveryTime()
    {
        var first = LayeredLayout.Compute(GeneratedWorkflows.Branching(200));
        var second = LayeredLayout.Compute(GeneratedWorkflows.Branching(200));

        Assert.Equal(first.ToList(), second.ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_KeepsAGenerated200StepWorkflowFreeOfOverlaps_WithEveryForwardLinkDownwards(int seed)
    {
        var definition = GeneratedWorkflows.Branching(200, seed);

        var positions = LayeredLayout.Compute(definition);

        AssertNoOverlaps(positions);
        foreach (var link in WorkflowGraph.For(definition).Links.Where(l => Number(l.To) > Number(l.From)))
        {
            Assert.True(positions[link.To].Y > positions[link.From].Y, $"{link} does not go down");
        }
    }

    [Fact]
    public void ApplyTo_SetsEveryStepsPosition_AndKeepsTheRest()
    {
        var definition = GuideWorkflows.Load("pattern1-auto-reply.json");

        var laidOut = LayeredLayout.ApplyTo(definition);

        var positions = LayeredLayout.Compute(definition);
        Assert.Equal(definition.Steps.Select(s => s.Slug), laidOut.Steps.Select(s => s.Slug));
        Assert.All(laidOut.Steps, s => Assert.Equal(positions[s.Slug], s.Position));
        Assert.Equal(WorkflowJson.Serialize(definition), WorkflowJson.Serialize(laidOut with { Steps = laidOut.Steps.Select(s => s with { Position = null }).ToList() }));
    }

    private static int Number(string slug) => int.Parse(slug["step_".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertNoOverlaps(IReadOnlyDictionary<string, CanvasPosition> positions)
    {
        var all = positions.ToList();
        for (var a = 0; a < all.Count; a++)
        {
            for (var b = a + 1; b < all.Count; b++)
            {
                var (p, q) = (all[a].Value, all[b].Value);
                var apart = Math.Abs(p.X - q.X) >= Options.NodeWidth + Options.NodeSpacing - 1 || Math.Abs(p.Y - q.Y) >= Options.NodeHeight;
                Assert.True(apart, $"{all[a].Key} at {p} overlaps {all[b].Key} at {q}");
            }
        }
    }
}
