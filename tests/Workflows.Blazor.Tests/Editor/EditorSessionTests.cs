using System.Text.Json.Nodes;
using Workflows.Blazor.Editor.Canvas;
using Workflows.Blazor.Editor;
using Workflows.Engine.Editing;
using Workflows.Engine.Layout;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Editor;

public sealed class EditorSessionTests
{
    private static EditorSession NewSession(WorkflowDefinition? definition = null) => new(definition ?? EditorFlows.Linear(), EditorFlows.Validator);

    [Fact]
    public void Apply_ThenUndo_RestoresTheWorkflow_AndDirtyFollows()
    {
        var session = NewSession();
        var original = session.Definition;

        session.Apply("Rename", d => d with { Name = "Renamed" });
        Assert.True(session.IsDirty);
        session.Undo();

        Assert.Same(original, session.Definition);
        Assert.False(session.IsDirty);
    }

    [Fact]
    public void MarkSaved_ClearsDirty_UntilTheNextEdit()
    {
        var session = NewSession();
        session.Apply("Rename", d => d with { Name = "Renamed" });

        session.MarkSaved();
        Assert.False(session.IsDirty);
        session.Apply("Rename", d => d with { Name = "Again" });

        Assert.True(session.IsDirty);
    }

    [Fact]
    public void Open_LaysOutWorkflowsWithoutPositions()
    {
        var handWritten = EditorFlows.Linear() with { Steps = EditorFlows.Linear().Steps.Select(s => s with { Position = null }).ToList() };

        var session = NewSession(handWritten);

        Assert.All(session.Definition.Steps, s => Assert.NotNull(s.Position));
        Assert.Equal(4, session.Definition.Steps.Select(s => s.Position).Distinct().Count());
    }

    [Fact]
    public void Connect_RefusesALinkToItself_WithAReason_AndChangesNothing()
    {
        var session = NewSession();
        var before = session.Definition;

        var reason = session.Connect(new StepLink("wait", "timeout", "wait"));

        Assert.NotNull(reason);
        Assert.Same(before, session.Definition);
    }

    [Fact]
    public void Connect_AddsTheLink_AsOneUndoableEdit()
    {
        var session = NewSession();

        Assert.Null(session.Connect(new StepLink("check", "false", "done_wait")));
        Assert.Equal("done_wait", WorkflowGraph.For(session.Definition).Find("check")!.TargetOf("false"));
        session.Undo();

        Assert.Null(WorkflowGraph.For(session.Definition).Find("check")!.TargetOf("false"));
    }

    [Fact]
    public void DeleteSelection_RemovesTheStepsAndTheLinksToThem_AndUndoBringsBothBack()
    {
        var session = NewSession();
        session.Select("check", additive: false);

        session.DeleteSelection();

        Assert.DoesNotContain(session.Definition.Steps, s => s.Slug == "check");
        Assert.Null(WorkflowGraph.For(session.Definition).Find("wait")!.TargetOf("success"));
        Assert.Empty(session.Selection);
        session.Undo();
        Assert.Equal("check", WorkflowGraph.For(session.Definition).Find("wait")!.TargetOf("success"));
    }

    [Fact]
    public void DeleteSelection_WithALinkSelected_RemovesOnlyTheLink()
    {
        var session = NewSession();
        session.SelectLink(new StepLink("start", "success", "wait"));

        session.DeleteSelection();

        Assert.Equal(4, session.Definition.Steps.Count);
        Assert.Null(WorkflowGraph.For(session.Definition).Find("start")!.TargetOf("success"));
        Assert.Null(session.SelectedLink);
    }

    [Fact]
    public void AddStep_LinksFromTheSelectedStepsFirstFreePort_AndSelectsTheNewStep()
    {
        var session = NewSession();
        session.Select("check", additive: false);

        var added = session.AddStep(EditorFlows.Step("wait", StepTypes.Wait, new JsonObject { ["duration"] = "2 days" }), linkFromSelection: true);

        Assert.Equal("wait_2", added.Slug);
        Assert.Equal("wait_2", WorkflowGraph.For(session.Definition).Find("check")!.TargetOf("false"));
        Assert.Equal(["wait_2"], session.Selection);
    }

    [Fact]
    public void AddStep_FromThePalette_PlacesTheStepUnderTheFreePort_NotOnTopOfTheOtherBranch()
    {
        var session = NewSession(LayeredLayout.ApplyTo(EditorFlows.Linear()));
        session.Select("check", additive: false);
        var check = session.SelectedStep!.Position!;

        var added = session.AddStep(EditorFlows.Step("wait", StepTypes.Wait, new JsonObject { ["duration"] = "2 days" }) with { Position = check }, linkFromSelection: true);

        var graph = WorkflowGraph.For(session.Definition);
        var placed = graph.Find(added.Slug)!.Position!;
        var trueBranch = graph.Find("done_wait")!.Position!;
        Assert.True(placed.Y >= check.Y + CanvasGeometry.NodeHeight, "below the condition");
        Assert.True(placed.X > trueBranch.X, "on the false port's side of the true branch");
        Assert.DoesNotContain(session.Definition.Steps, s => s.Slug != added.Slug
            && Math.Abs(s.Position!.X - placed.X) < CanvasGeometry.NodeWidth && Math.Abs(s.Position.Y - placed.Y) < CanvasGeometry.NodeHeight);
    }

    [Fact]
    public void AddStep_FromThePalette_WithNothingSelected_MovesOffANodeInTheMiddleOfTheView()
    {
        var session = NewSession(LayeredLayout.ApplyTo(EditorFlows.Linear()));
        var wait = WorkflowGraph.For(session.Definition).Find("wait")!.Position!;

        var added = session.AddStep(EditorFlows.Step("note", StepTypes.Wait, new JsonObject { ["duration"] = "2 days" }) with { Position = wait }, linkFromSelection: true);

        Assert.NotEqual(wait, WorkflowGraph.For(session.Definition).Find(added.Slug)!.Position);
    }

    [Fact]
    public void AddStep_Dropped_StaysWhereItWasPut()
    {
        var session = NewSession(LayeredLayout.ApplyTo(EditorFlows.Linear()));
        var wait = WorkflowGraph.For(session.Definition).Find("wait")!.Position!;

        var added = session.AddStep(EditorFlows.Step("note", StepTypes.Wait, new JsonObject { ["duration"] = "2 days" }) with { Position = wait }, linkFromSelection: false);

        Assert.Equal(wait, WorkflowGraph.For(session.Definition).Find(added.Slug)!.Position);
    }

    [Fact]
    public void Nudge_MovesTheSelectionByOneGridCell_AndRepeatedNudgesUndoAtOnce()
    {
        var session = NewSession();
        session.Select("wait", additive: false);
        var start = WorkflowGraph.For(session.Definition).Find("wait")!.Position!;

        session.Nudge(1, 0);
        session.Nudge(1, 0);
        session.Nudge(0, 1);

        var moved = WorkflowGraph.For(session.Definition).Find("wait")!.Position!;
        Assert.Equal(new CanvasPosition(start.X + 40, start.Y + 20), moved);
        session.Undo();
        Assert.Equal(start, WorkflowGraph.For(session.Definition).Find("wait")!.Position);
    }

    [Fact]
    public void Undo_OfAnAddedStep_DropsItFromTheSelection()
    {
        var session = NewSession();
        session.AddStep(EditorFlows.Step("extra", StepTypes.Wait, new JsonObject { ["duration"] = "1 day" }), linkFromSelection: false);

        session.Undo();

        Assert.Empty(session.Selection);
    }

    [Fact]
    public void Report_FollowsEveryEdit_AndBadgesCountErrorsPerStep()
    {
        var session = NewSession();
        Assert.DoesNotContain(session.Report.Findings, f => f.Severity == FindingSeverity.Error);

        session.Apply("Break expression", d => DefinitionEdits.SetConfigValue(d, "check", "expression", JsonValue.Create("1 ==")));

        Assert.Contains(session.Report.Errors, f => f.StepSlug == "check");
        Assert.True(session.ProblemsByStep()["check"].Errors > 0);
    }

    [Fact]
    public void SelectMany_Additive_KeepsWhatWasSelected()
    {
        var session = NewSession();
        session.Select("start", additive: false);

        session.SelectMany(["wait", "check"], additive: true);

        Assert.Equal(["check", "start", "wait"], session.Selection.Order());
    }

    [Fact]
    public void CopyThenPaste_AddsTheStepsWithTheirLinkUnderNewSlugs_AndSelectsThem()
    {
        var session = NewSession();
        session.SelectMany(["wait", "check"], additive: false);

        session.Paste(session.CopySelection()!);

        Assert.Equal(6, session.Definition.Steps.Count);
        Assert.Equal(["check_2", "wait_2"], session.Selection.Order());
        Assert.Equal("check_2", WorkflowGraph.For(session.Definition).Find("wait_2")!.TargetOf("success"));
        session.Undo();
        Assert.Equal(4, session.Definition.Steps.Count);
    }
}
