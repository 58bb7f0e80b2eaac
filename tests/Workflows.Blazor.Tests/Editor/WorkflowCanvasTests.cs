using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Editor.Canvas;
using Workflows.Blazor.Tests.Components;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Editor;

public sealed class WorkflowCanvasTests : ComponentTest
{
    public WorkflowCanvasTests() => Services.AddSingleton(new ActionCatalog([]));

    private static WorkflowDefinition Laid() => Workflows.Engine.Layout.LayeredLayout.ApplyTo(EditorFlows.Linear());

    [Fact]
    public void Canvas_DrawsANodePerStep_AndALinkPerConnection()
    {
        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, Laid()));

        Assert.Equal(4, canvas.FindAll("[data-node]").Count);
        Assert.Equal(3, canvas.FindAll("path.wf-link").Count);
        Assert.NotNull(canvas.Find("[data-testid=link-check-true]"));
    }

    [Fact]
    public void Node_ShowsNameSummaryAndItsTypesPorts()
    {
        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, Laid()));

        var check = canvas.Find("[data-node=check]");
        Assert.Contains("1 == 1", check.TextContent);
        Assert.Equal(["true", "false", "error"], check.QuerySelectorAll("[data-port]").Select(p => p.GetAttribute("data-port")));
        Assert.Equal("right", check.QuerySelector("[data-port=error]")!.GetAttribute("data-side"));
    }

    [Fact]
    public void Selection_AndProblems_AreDrawnOnTheNodes()
    {
        var overlay = new CanvasOverlay { Problems = new Dictionary<string, ProblemCount> { ["wait"] = new(2, 0) } };
        var canvas = Render<WorkflowCanvas>(p => p
            .Add(c => c.Definition, Laid())
            .Add(c => c.Selection, new HashSet<string> { "check" })
            .Add(c => c.Overlay, overlay));

        Assert.Contains("selected", canvas.Find("[data-node=check]").ClassList);
        Assert.Equal("2", canvas.Find("[data-testid=badge-wait]").TextContent.Trim());
        Assert.Empty(canvas.FindAll("[data-testid=badge-check]"));
    }

    [Fact]
    public void RunOverlay_MarksTheFailedNode_AndCountsTheLinksTaken()
    {
        var overlay = new CanvasOverlay
        {
            Runs = new Dictionary<string, NodeRunState> { ["start"] = NodeRunState.Completed, ["wait"] = NodeRunState.Failed },
            LinkCounts = new Dictionary<string, int> { [CanvasOverlay.LinkKey("start", "success")] = 3 },
        };

        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, Laid()).Add(c => c.Overlay, overlay));

        Assert.Contains("run-failed", canvas.Find("[data-node=wait]").ClassList);
        Assert.Contains("taken", canvas.Find("[data-testid=link-start-success]").ClassList);
        Assert.Contains("×3", canvas.Find("[data-link-label]").TextContent);
    }

    [Fact]
    public void EmptyWorkflow_SaysHowToStart()
    {
        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, new WorkflowDefinition("Empty", [])));

        Assert.Contains("palette", canvas.Find("[data-testid=canvas-empty]").TextContent);
    }

    [Fact]
    public void LinkBackToALoop_IsRoutedAroundTheSide()
    {
        var from = new CanvasPosition(0, 300);
        var to = new CanvasPosition(0, 0);
        var port = NodePort.Of(new StepDefinition("a", StepTypes.Action, [], new Dictionary<string, string>()))[0];

        var path = CanvasGeometry.LinkPath(from, port, to);

        Assert.True(CanvasGeometry.IsBackEdge(from, to));
        Assert.Contains($" {CanvasGeometry.NodeWidth + 48} ", path);
    }

    [Fact]
    public void SplitNode_HasAPortPerPath_WithTheHoldoutMarkedAsGettingNothing()
    {
        var split = EditorFlows.Step("ab_test", StepTypes.Split, new JsonObject
        {
            ["paths"] = JsonNode.Parse("""[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "Control", "weight": 10, "holdout": true } ]"""),
        }, ("A", "done"));
        var definition = Workflows.Engine.Layout.LayeredLayout.ApplyTo(new WorkflowDefinition("Test",
        [
            EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "ab_test")),
            split,
            EditorFlows.Step("done", StepTypes.Wait, new JsonObject { ["duration"] = "1 day" }),
        ]));

        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, definition));

        Assert.Equal(["A", "B", "Control"], canvas.FindAll("[data-node=ab_test] [data-port]").Select(p => p.GetAttribute("data-port")));
        Assert.Equal("Control · gets nothing", canvas.Find("[data-testid=port-ab_test-Control] text").TextContent);
        Assert.NotNull(canvas.Find("[data-testid=link-ab_test-A]"));
        Assert.Single(canvas.FindAll("path.wf-link[data-from=ab_test]"));
    }
}
