using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>
/// An output port as drawn: the error port sits on the node's right edge, the others share its bottom
/// edge in the order the step declares them (a split's paths in their order).
/// </summary>
public sealed record NodePort(string Name, bool OnRight, int Index, int Count)
{
    public string Side => OnRight ? "right" : "bottom";

    /// <summary>True for a split's holdout: its contacts get nothing and the run ends there.</summary>
    public bool Holdout { get; init; }

    public double X(CanvasPosition node) => OnRight ? node.X + CanvasGeometry.NodeWidth : CanvasGeometry.PortX(node.X, Index, Count);

    public double Y(CanvasPosition node) => OnRight ? node.Y + CanvasGeometry.NodeHeight / 2 : node.Y + CanvasGeometry.NodeHeight;

    public static IReadOnlyList<NodePort> Of(StepDefinition step)
    {
        var declared = StepTypes.Find(step.Type)?.PortsOf(step) ?? [Ports.Success];
        var bottom = declared.Where(p => p != Ports.Error).ToList();
        var holdouts = step.Type == StepTypes.Split ? SplitConfig.Paths(step).Where(p => p.Holdout).Select(p => p.Name).ToHashSet() : [];
        var ports = bottom.Select((name, index) => new NodePort(name, false, index, bottom.Count) { Holdout = holdouts.Contains(name) }).ToList();
        if (declared.Contains(Ports.Error))
        {
            ports.Add(new NodePort(Ports.Error, true, 0, 1));
        }
        return ports;
    }
}
