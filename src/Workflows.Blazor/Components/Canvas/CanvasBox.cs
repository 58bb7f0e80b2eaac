using Workflows.Blazor.Editor.Canvas;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>A rectangle drawn with Shift+drag, in canvas coordinates.</summary>
public sealed record CanvasBox(double X, double Y, double Width, double Height, bool Additive)
{
    public bool Contains(Workflows.Engine.Model.CanvasPosition node) =>
        node.X < X + Width && node.X + CanvasGeometry.NodeWidth > X && node.Y < Y + Height && node.Y + CanvasGeometry.NodeHeight > Y;
}
