using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>Paints a run on the diagram: the steps it went through, how often, the links it took, where it failed or waits.</summary>
public static class RunOverlay
{
    public static CanvasOverlay From(ExecutionDetails execution)
    {
        var runs = new Dictionary<string, NodeRunState>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in execution.Steps)
        {
            counts[step.StepSlug] = counts.GetValueOrDefault(step.StepSlug) + 1;
            runs[step.StepSlug] = StateOf(step.Status);
            if (step.Port is { } port)
            {
                var key = CanvasOverlay.LinkKey(step.StepSlug, port);
                links[key] = links.GetValueOrDefault(key) + 1;
            }
        }
        if (execution.CurrentStep is { } current && execution.Status is "running" or "queued")
        {
            runs[current] = NodeRunState.Running;
        }
        if (execution.FailedStep is { } failed)
        {
            runs[failed] = NodeRunState.Failed;
        }
        return new CanvasOverlay { Runs = runs, RunCounts = counts, LinkCounts = links };
    }

    private static NodeRunState StateOf(string status) => status switch
    {
        "failed" => NodeRunState.Failed,
        "waiting" => NodeRunState.Waiting,
        _ => NodeRunState.Completed,
    };
}
