using Workflows.Blazor.Experiments;
using Workflows.Blazor.Editor.Canvas;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>Paints a workflow's stats on the diagram: how many contacts reached each step and passed each link.</summary>
public static class FunnelOverlay
{
    public static CanvasOverlay From(WorkflowStats stats) => new()
    {
        Funnel = true,
        Reach = stats.Steps.ToDictionary(s => s.Step, s => s.Runs),
        Passed = stats.Links.GroupBy(l => CanvasOverlay.LinkKey(l.From, l.Port)).ToDictionary(g => g.Key, g => g.Sum(l => l.Runs)),
    };
}
