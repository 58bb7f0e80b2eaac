using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>
/// An output port as drawn: the error port sits on the node's right edge, the others share its bottom
/// edge in the order the step type declares them.
/// </summary>
public sealed record NodePort(string Name, bool OnRight, int Index, int Count)
{
    public string Side => OnRight ? "right" : "bottom";

    public double X(CanvasPosition node) => OnRight ? node.X + CanvasGeometry.NodeWidth : CanvasGeometry.PortX(node.X, Index, Count);

    public double Y(CanvasPosition node) => OnRight ? node.Y + CanvasGeometry.NodeHeight / 2 : node.Y + CanvasGeometry.NodeHeight;

    public static IReadOnlyList<NodePort> Of(string stepType)
    {
        var declared = StepTypes.Find(stepType)?.Ports ?? [Ports.Success];
        var bottom = declared.Where(p => p != Ports.Error).ToList();
        var ports = bottom.Select((name, index) => new NodePort(name, false, index, bottom.Count)).ToList();
        if (declared.Contains(Ports.Error))
        {
            ports.Add(new NodePort(Ports.Error, true, 0, 1));
        }
        return ports;
    }
}
