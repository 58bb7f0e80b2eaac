using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Components;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Editor;

public sealed class RunOverlayNotesTests : ComponentTest
{
    public RunOverlayNotesTests() => Services.AddSingleton(new ActionCatalog([]));

    private static ExecutionStepDetails StepRun(int sequence, string slug, string type, string port, JsonNode? output = null) =>
        new(sequence, slug, type, null, 1, StepRecordStatus.Completed, null, output, port, null, DateTimeOffset.UnixEpoch, 1);

    private static ExecutionDetails Run(ExecutionStatus status, params ExecutionStepDetails[] steps) =>
        new("exe_1", "wf_1", 1, status, "manual", null, null, null, null, null, null, null, DateTimeOffset.UnixEpoch, null, null, steps);

    private static readonly ExecutionDetails WentFalse = Run(ExecutionStatus.Completed,
        StepRun(1, "start", "trigger", "success"),
        StepRun(2, "wait", "wait", "success"),
        StepRun(3, "check", "condition", "false", new JsonObject { ["result"] = false, ["explanation"] = "555.90 is not greater than 1,000 → false" }));

    [Fact]
    public void RunOverlay_SaysWhyTheConditionWentItsWay_AndThatTheRunEndedAtAnUnconnectedPort()
    {
        var overlay = RunOverlay.From(WentFalse, EditorFlows.Linear());

        Assert.Equal("555.90 is not greater than 1,000 → false. Ended here: nothing is connected to 'false'", overlay.Notes["check"]);
        Assert.Equal(["check"], overlay.Notes.Keys);
    }

    [Fact]
    public void RunOverlay_SaysNothingOfAnEnd_WhileTheRunWaits()
    {
        var waiting = Run(ExecutionStatus.Waiting, StepRun(1, "start", "trigger", "success"));

        Assert.Empty(RunOverlay.From(waiting, EditorFlows.Linear()).Notes);
    }

    [Fact]
    public void Canvas_WritesTheRunsNote_UnderTheNode()
    {
        var definition = Workflows.Engine.Layout.LayeredLayout.ApplyTo(EditorFlows.Linear());

        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, definition).Add(c => c.Overlay, RunOverlay.From(WentFalse, definition)));

        var note = canvas.Find("[data-testid=note-check]");
        Assert.Contains("555.90 is not greater than 1,000 → false.", note.TextContent);
        Assert.Contains("nothing is connected to 'false'", note.TextContent);
        Assert.Contains("taken", canvas.Find("[data-testid=link-start-success]").ClassList);
    }
}
