using System.Globalization;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor.Canvas;

/// <summary>
/// Where nodes, ports and links are drawn. The canvas script repeats the link formula while a node is
/// dragged (see canvas.js, linkPath), so the two must change together.
/// </summary>
public static class CanvasGeometry
{
    public const double NodeWidth = 240;
    public const double NodeHeight = 76;
    public const double Grid = 20;

    private const double BackEdgeClearance = 48;
    private const double BackEdgeDrop = 60;
    private const double SideBend = 60;

    public static double PortX(double nodeX, int portIndex, int portCount) =>
        nodeX + NodeWidth * (portIndex + 1) / (portCount + 1);

    public static (double X, double Y) InputPort(CanvasPosition node) => (node.X + NodeWidth / 2, node.Y);

    /// <summary>
    /// An SVG path from an output port to the input of the target: a vertical S-curve, a sideways curve
    /// from the error port, and links that go back up routed around the right side.
    /// </summary>
    public static string LinkPath(CanvasPosition from, NodePort port, CanvasPosition to)
    {
        var (sx, sy) = (port.X(from), port.Y(from));
        var (tx, ty) = InputPort(to);
        if (port.OnRight)
        {
            return Invariant($"M {sx} {sy} C {sx + SideBend} {sy}, {tx} {ty - SideBend}, {tx} {ty}");
        }
        if (IsBackEdge(from, to))
        {
            var side = Math.Max(from.X, to.X) + NodeWidth + BackEdgeClearance;
            var middle = (sy + ty) / 2;
            return Invariant($"M {sx} {sy} C {sx} {sy + BackEdgeDrop}, {side} {sy + BackEdgeDrop}, {side} {middle} C {side} {ty - BackEdgeDrop}, {tx} {ty - BackEdgeDrop}, {tx} {ty}");
        }
        var bend = Math.Max(40, (ty - sy) / 2);
        return Invariant($"M {sx} {sy} C {sx} {sy + bend}, {tx} {ty - bend}, {tx} {ty}");
    }

    /// <summary>Where a link's label sits: halfway along it.</summary>
    public static (double X, double Y) LinkMiddle(CanvasPosition from, NodePort port, CanvasPosition to)
    {
        var (sx, sy) = (port.X(from), port.Y(from));
        var (tx, ty) = InputPort(to);
        return !port.OnRight && IsBackEdge(from, to)
            ? (Math.Max(from.X, to.X) + NodeWidth + BackEdgeClearance, (sy + ty) / 2)
            : ((sx + tx) / 2, (sy + ty) / 2);
    }

    public static bool IsBackEdge(CanvasPosition from, CanvasPosition to) => to.Y < from.Y + NodeHeight + Grid;

    /// <summary>The box around every node, with a margin; an empty canvas gets a default area.</summary>
    public static (double X, double Y, double Width, double Height) Bounds(IEnumerable<CanvasPosition> positions, double margin = 40)
    {
        var list = positions.ToList();
        if (list.Count == 0)
        {
            return (0, 0, 800, 600);
        }
        var left = list.Min(p => p.X) - margin;
        var top = list.Min(p => p.Y) - margin;
        var right = list.Max(p => p.X) + NodeWidth + margin + BackEdgeClearance;
        var bottom = list.Max(p => p.Y) + NodeHeight + margin;
        return (left, top, right - left, bottom - top);
    }

    public static double Snap(double value) => Math.Round(value / Grid) * Grid;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
