using Workflows.Blazor.Editor.Canvas;
using Workflows.Blazor.Runner;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>
/// Paints a run on the diagram: the steps it went through, how often, the links it took, where it failed or waits,
/// why each condition or split went its way, and where a finished run ended because nothing was connected to the port it took.
/// </summary>
public static class RunOverlay
{
    public static CanvasOverlay From(ExecutionDetails execution, WorkflowDefinition definition)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var runs = new Dictionary<string, NodeRunState>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in execution.Steps)
        {
            counts[step.StepSlug] = counts.GetValueOrDefault(step.StepSlug) + 1;
            runs[step.StepSlug] = StateOf(step.Status);
            if (step.Output?["explanation"] is { } explanation && StepTypes.Find(step.StepType) is { ExplainsPort: true })
            {
                notes[step.StepSlug] = JsonText.ToText(explanation);
            }
            if (step.Port is { } port)
            {
                var key = CanvasOverlay.LinkKey(step.StepSlug, port);
                links[key] = links.GetValueOrDefault(key) + 1;
            }
        }
        if (execution.CurrentStep is { } current && execution.Status is ExecutionStatus.Running or ExecutionStatus.Queued)
        {
            runs[current] = NodeRunState.Running;
        }
        if (execution.FailedStep is { } failed)
        {
            runs[failed] = NodeRunState.Failed;
        }
        if (execution.Status == ExecutionStatus.Completed && execution.Steps.LastOrDefault() is { Port: { } last } end
            && definition.Steps.FirstOrDefault(s => s.Slug == end.StepSlug) is { } endStep && endStep.TargetOf(last) is null)
        {
            var ended = $"Ended here: nothing is connected to '{last}'";
            notes[end.StepSlug] = notes.TryGetValue(end.StepSlug, out var why) ? $"{why}. {ended}" : ended;
        }
        return new CanvasOverlay { Runs = runs, RunCounts = counts, LinkCounts = links, Notes = notes };
    }

    private static NodeRunState StateOf(StepRecordStatus status) => status switch
    {
        StepRecordStatus.Failed => NodeRunState.Failed,
        StepRecordStatus.Waiting => NodeRunState.Waiting,
        _ => NodeRunState.Completed,
    };
}
