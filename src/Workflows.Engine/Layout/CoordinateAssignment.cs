namespace Workflows.Engine.Layout;

/// <summary>
/// Places the nodes of each layer horizontally, in their order and never closer than the spacing. Passes go
/// down (each node pulled under its parents) and up (each node pulled over its children), ending downwards;
/// each finds the closest non-overlapping placement to those wishes exactly (least squares under order
/// constraints, by pool-adjacent-violators). Dummies count for little, so long links bend rather than steps.
/// </summary>
internal static class CoordinateAssignment
{
    private const int Passes = 9;
    private const double DummyWeight = 0.25;

    public static void Assign(List<List<LayoutNode>> layers, double spacing)
    {
        foreach (var layer in layers)
        {
            Place(layer, layer.Select(_ => 0.0).ToArray(), spacing);
        }
        for (var pass = 0; pass < Passes; pass++)
        {
            var downwards = pass % 2 == 0;
            for (var step = 0; step < layers.Count; step++)
            {
                var layer = layers[downwards ? step : layers.Count - 1 - step];
                Place(layer, layer.Select(n => Wish(n, downwards)).ToArray(), spacing);
            }
        }
    }

    private static double Wish(LayoutNode node, bool downwards)
    {
        var neighbours = downwards ? node.Up.Select(p => p.Node) : node.Down;
        double weight = 0, sum = 0;
        foreach (var neighbour in neighbours)
        {
            var w = neighbour.Slug is null ? DummyWeight : 1;
            weight += w;
            sum += w * neighbour.X;
        }
        return weight == 0 ? node.X : sum / weight;
    }

    /// <summary>
    /// Minimises the weighted squared distance to <paramref name="wishes"/> with each node at least its half-width,
    /// the spacing and its neighbour's half-width to the right of its left neighbour. Shifting node i left by its
    /// minimum offset turns that into a non-decreasing fit, which pool-adjacent-violators solves in one pass.
    /// </summary>
    private static void Place(List<LayoutNode> layer, double[] wishes, double spacing)
    {
        var offsets = new double[layer.Count];
        for (var i = 1; i < layer.Count; i++)
        {
            offsets[i] = offsets[i - 1] + (layer[i - 1].Width + layer[i].Width) / 2 + spacing;
        }
        var blocks = new List<(double Weight, double WeightedSum, int Count)>();
        for (var i = 0; i < layer.Count; i++)
        {
            var weight = layer[i].Slug is null ? DummyWeight : 1;
            var block = (Weight: weight, WeightedSum: weight * (wishes[i] - offsets[i]), Count: 1);
            while (blocks.Count > 0 && blocks[^1].WeightedSum / blocks[^1].Weight >= block.WeightedSum / block.Weight)
            {
                var last = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                block = (last.Weight + block.Weight, last.WeightedSum + block.WeightedSum, last.Count + block.Count);
            }
            blocks.Add(block);
        }
        var index = 0;
        foreach (var (weight, weightedSum, count) in blocks)
        {
            for (var k = 0; k < count; k++, index++)
            {
                layer[index].X = weightedSum / weight + offsets[index];
            }
        }
    }
}
