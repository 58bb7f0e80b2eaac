using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Model;

public sealed class WorkflowGraphTests
{
    [Fact]
    public void Start_IsTheTrigger_WhenItIsNotTheFirstStep()
    {
        var graph = WorkflowGraph.For(Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action" }, { "stepSlug": "t", "stepType": "trigger", "nextSteps": { "success": "a" } } ]
            """));

        Assert.Equal("t", graph.Start!.Slug);
        Assert.True(graph.HasExplicitTrigger);
    }

    [Fact]
    public void Start_IsTheFirstStep_WhenThereIsNoTrigger()
    {
        var graph = WorkflowGraph.For(Flow.Steps("""[ { "stepSlug": "a", "stepType": "action" }, { "stepSlug": "b", "stepType": "action" } ]"""));

        Assert.Equal("a", graph.Start!.Slug);
        Assert.False(graph.HasExplicitTrigger);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("end", true)]
    [InlineData("finish", true)]
    [InlineData("a", false)]
    [InlineData("nowhere", false)]
    public void IsEnd_IsTrueOnlyForEmptyAndEndNames(string? target, bool isEnd)
    {
        var graph = WorkflowGraph.For(Flow.Steps("""[ { "stepSlug": "a", "stepType": "action" } ]"""));

        Assert.Equal(isEnd, graph.IsEnd(target));
    }

    [Fact]
    public void ReachableFrom_FollowsLinksButNotPastTheStopStep()
    {
        var graph = WorkflowGraph.For(Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "b" } },
              { "stepSlug": "b", "stepType": "action", "nextSteps": { "success": "c" } },
              { "stepSlug": "c", "stepType": "action" } ]
            """));

        Assert.Equal(["b", "c"], graph.ReachableFrom("a").Order());
        Assert.Equal(["b"], graph.ReachableFrom("a", stopAt: "b"));
    }
}
