namespace Workflows.Engine.Layout;

/// <summary>
/// Orders the nodes of each layer to reduce crossing links: a first order from the parents' port order,
/// then barycenter sweeps, keeping the order with the fewest crossings. Candidates are taken after the
/// downward sweep, which sorts children by their parents' ports, so true stays left of false.
/// </summary>
internal static class CrossingReduction
{
    private const int Rounds = 6;

    public static void Order(List<List<LayoutNode>> layers)
    {
        InitialOrder(layers);
        var best = layers.Select(l => l.ToArray()).ToList();
        var fewest = Crossings(layers);
        for (var round = 0; round < Rounds && fewest > 0; round++)
        {
            for (var i = layers.Count - 2; i >= 0; i--)
            {
                Sort(layers[i], n => n.Down.Count == 0 ? n.Order : n.Down.Average(c => c.Order));
            }
            for (var i = 1; i < layers.Count; i++)
            {
                Sort(layers[i], n => n.Up.Count == 0 ? n.Order : n.Up.Average(p => p.Node.Order + p.PortFraction));
            }
            var crossings = Crossings(layers);
            if (crossings < fewest)
            {
                fewest = crossings;
                best = layers.Select(l => l.ToArray()).ToList();
            }
        }
        for (var i = 0; i < layers.Count; i++)
        {
            Set(layers[i], best[i]);
        }
    }

    /// <summary>Layer by layer, children in the order of their first parent and its ports; parentless nodes after, in workflow order.</summary>
    private static void InitialOrder(List<List<LayoutNode>> layers)
    {
        Set(layers[0], layers[0].OrderBy(n => n.Id).ToList());
        for (var i = 1; i < layers.Count; i++)
        {
            var placed = new HashSet<LayoutNode>();
            var order = layers[i - 1].SelectMany(p => p.Down).Where(placed.Add).ToList();
            order.AddRange(layers[i].Where(n => !placed.Contains(n)).OrderBy(n => n.Id));
            Set(layers[i], order);
        }
    }

    /// <summary>Stable: ties keep their current order, so the result never depends on anything but the keys.</summary>
    private static void Sort(List<LayoutNode> layer, Func<LayoutNode, double> key) =>
        Set(layer, layer.OrderBy(key).ThenBy(n => n.Order).ToList());

    private static void Set(List<LayoutNode> layer, IReadOnlyList<LayoutNode> order)
    {
        layer.Clear();
        layer.AddRange(order);
        for (var i = 0; i < layer.Count; i++)
        {
            layer[i].Order = i;
        }
    }

    /// <summary>Pairs of links between neighbouring layers that cross, counting a link's port position on its parent.</summary>
    private static int Crossings(List<List<LayoutNode>> layers)
    {
        var total = 0;
        var links = new List<(double Top, int Bottom)>();
        for (var i = 1; i < layers.Count; i++)
        {
            links.Clear();
            foreach (var child in layers[i])
            {
                links.AddRange(child.Up.Select(p => (p.Node.Order + p.PortFraction, child.Order)));
            }
            for (var a = 0; a < links.Count; a++)
            {
                for (var b = a + 1; b < links.Count; b++)
                {
                    if ((links[a].Top - links[b].Top) * (links[a].Bottom - links[b].Bottom) < 0)
                    {
                        total++;
                    }
                }
            }
        }
        return total;
    }
}
