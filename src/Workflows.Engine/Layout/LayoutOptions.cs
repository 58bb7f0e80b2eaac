namespace Workflows.Engine.Layout;

/// <summary>Node size and spacing for the auto-layout, in canvas pixels.</summary>
public sealed record LayoutOptions(double NodeWidth = 240, double NodeHeight = 76, double LayerSpacing = 80, double NodeSpacing = 40)
{
    public static LayoutOptions Default { get; } = new();
}
