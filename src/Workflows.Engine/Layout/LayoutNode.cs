namespace Workflows.Engine.Layout;

/// <summary>
/// A step in the layered graph, or a dummy (no slug) standing in for a link that spans several layers,
/// so that long links take part in crossing reduction and keep a lane free between nodes.
/// </summary>
internal sealed class LayoutNode(int id, string? slug, int layer, double width)
{
    public int Id { get; } = id;

    public string? Slug { get; } = slug;

    public int Layer { get; } = layer;

    public double Width { get; } = width;

    /// <summary>Parents in the layer above, each with where its port sits along the parent (0..1, port order).</summary>
    public List<(LayoutNode Node, double PortFraction)> Up { get; } = [];

    /// <summary>Children in the layer below, in the parent's port order.</summary>
    public List<LayoutNode> Down { get; } = [];

    /// <summary>Index within the layer.</summary>
    public int Order { get; set; }

    /// <summary>Horizontal centre.</summary>
    public double X { get; set; }

    public static void Link(LayoutNode parent, LayoutNode child, double portFraction)
    {
        parent.Down.Add(child);
        child.Up.Add((parent, portFraction));
    }
}
