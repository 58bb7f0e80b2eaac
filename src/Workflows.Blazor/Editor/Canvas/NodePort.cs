using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor.Canvas;

/// <summary>
/// An output port as drawn: the error port sits on the node's right edge, the others share its bottom
/// edge in the order the step declares them (a split's paths in their order).
/// </summary>
public sealed record NodePort(string Name, bool OnRight, int Index, int Count)
{
    public string Side => OnRight ? "right" : "bottom";

    /// <summary>True for a holdout port (a split's): its contacts get nothing and the run ends there.</summary>
    public bool Holdout { get; init; }

    public double X(CanvasPosition node) => OnRight ? node.X + CanvasGeometry.NodeWidth : CanvasGeometry.PortX(node.X, Index, Count);

    public double Y(CanvasPosition node) => OnRight ? node.Y + CanvasGeometry.NodeHeight / 2 : node.Y + CanvasGeometry.NodeHeight;

    public static IReadOnlyList<NodePort> Of(StepDefinition step)
    {
        var type = StepTypes.Find(step.Type);
        var declared = type?.PortsOf(step) ?? [Ports.Success];
        var bottom = declared.Where(p => p != Ports.Error).ToList();
        var holdouts = type?.HoldoutPorts(step) ?? [];
        var ports = bottom.Select((name, index) => new NodePort(name, false, index, bottom.Count) { Holdout = holdouts.Contains(name) }).ToList();
        if (declared.Contains(Ports.Error))
        {
            ports.Add(new NodePort(Ports.Error, true, 0, 1));
        }
        return ports;
    }
}
