using Workflows.Engine.Model;

namespace Workflows.Engine.Layout;

/// <summary>Where a new node goes so that it covers no other: the wanted spot when it is free, else the nearest free one.</summary>
public static class FreeSpot
{
    private const int MaxRows = 200;
    private const int MaxSteps = 4;

    /// <summary>
    /// The wanted top-left when free; else, row by row downwards, the first free spot moving sideways by half a node
    /// at a time towards <paramref name="towardsRight"/>'s side, so a step added under a port stays near that port.
    /// A spot is free when it keeps the layout's spacing to every placed node.
    /// </summary>
    public static CanvasPosition Near(IEnumerable<StepDefinition> steps, CanvasPosition wanted, bool towardsRight, LayoutOptions? options = null)
    {
        options ??= LayoutOptions.Default;
        var placed = steps.Where(s => s.Position is not null).Select(s => s.Position!).ToList();
        var across = (options.NodeWidth + options.NodeSpacing) / 2;
        var down = options.NodeHeight + options.LayerSpacing;
        for (var row = 0; row < MaxRows; row++)
        {
            for (var step = 0; step <= MaxSteps; step++)
            {
                var spot = new CanvasPosition(wanted.X + (towardsRight ? step : -step) * across, wanted.Y + row * down);
                if (!placed.Any(p => TooClose(p, spot, options)))
                {
                    return spot;
                }
            }
        }
        return wanted;
    }

    private static bool TooClose(CanvasPosition a, CanvasPosition b, LayoutOptions options) =>
        Math.Abs(a.X - b.X) < options.NodeWidth + options.NodeSpacing / 2 && Math.Abs(a.Y - b.Y) < options.NodeHeight + options.NodeSpacing / 2;
}
