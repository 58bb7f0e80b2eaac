using Workflows.Engine.Editing;
using Workflows.Engine.Model;

namespace Workflows.Engine.Layout;

/// <summary>
/// Turns a workflow into layers. A depth-first search from the start, ports in display order, finds the links
/// that go back up (a loop body returning to its loop, or any other cycle) and leaves them out of the layering.
/// Each step's layer is the longest path to it; steps the start cannot reach come after, in their own layers.
/// </summary>
internal static class LayerAssignment
{
    public static List<List<LayoutNode>> Build(WorkflowDefinition definition, LayoutOptions options)
    {
        var steps = definition.Steps.DistinctBy(s => s.Slug, StringComparer.Ordinal).ToList();
        if (steps.Count == 0)
        {
            return [];
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            index[steps[i].Slug] = i;
        }
        var search = new Search(steps.Select(s => LinksInPortOrder(s, index)).ToArray());
        var start = WorkflowGraph.For(definition).Start is { } first ? index[first.Slug] : 0;
        search.Run(start, inMain: true);
        for (var i = 0; i < steps.Count; i++)
        {
            search.Run(i, inMain: false);
        }

        var layer = LongestPathLayers(search);
        var nodes = steps.Select((s, i) => new LayoutNode(i, s.Slug, layer[i], options.NodeWidth)).ToList();
        for (var from = 0; from < steps.Count; from++)
        {
            foreach (var (to, fraction) in search.Kept[from])
            {
                Connect(nodes[from], nodes[to], fraction, nodes);
            }
        }
        return nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    private static int[] LongestPathLayers(Search search)
    {
        var layer = new int[search.Kept.Length];
        for (var i = search.PostOrder.Count - 1; i >= 0; i--)
        {
            var from = search.PostOrder[i];
            foreach (var (to, _) in search.Kept[from])
            {
                layer[to] = Math.Max(layer[to], layer[from] + 1);
            }
        }
        var mainDepth = Enumerable.Range(0, layer.Length).Where(i => search.InMain[i]).Max(i => layer[i]);
        for (var i = 0; i < layer.Length; i++)
        {
            layer[i] += search.InMain[i] ? 0 : mainDepth + 1;
        }
        return layer;
    }

    private static void Connect(LayoutNode from, LayoutNode to, double fraction, List<LayoutNode> nodes)
    {
        var previous = from;
        for (var layer = from.Layer + 1; layer < to.Layer; layer++)
        {
            var dummy = new LayoutNode(nodes.Count, null, layer, 0);
            nodes.Add(dummy);
            LayoutNode.Link(previous, dummy, fraction);
            previous = dummy;
            fraction = 0.5;
        }
        LayoutNode.Link(previous, to, fraction);
    }

    /// <summary>The step's links to other steps, in port display order, each with its port's place along the node (0..1).</summary>
    private static List<(int To, double Fraction)> LinksInPortOrder(StepDefinition step, Dictionary<string, int> index)
    {
        var declared = ConnectionRules.OutputPorts(step);
        var ports = declared.Where(step.NextSteps.ContainsKey)
            .Concat(step.NextSteps.Keys.Where(p => !declared.Contains(p)).Order(StringComparer.Ordinal))
            .ToList();
        var links = new List<(int, double)>();
        for (var i = 0; i < ports.Count; i++)
        {
            if (index.TryGetValue(step.NextSteps[ports[i]], out var to) && to != index[step.Slug])
            {
                links.Add((to, (i + 1.0) / (ports.Count + 1)));
            }
        }
        return links;
    }

    /// <summary>Iterative depth-first search that keeps every link except those back to a step still on the path.</summary>
    private sealed class Search(List<(int To, double Fraction)>[] links)
    {
        private readonly byte[] _state = new byte[links.Length];

        public List<(int To, double Fraction)>[] Kept { get; } = links.Select(_ => new List<(int, double)>()).ToArray();

        public bool[] InMain { get; } = new bool[links.Length];

        /// <summary>Steps in the order the search finished them: every kept link goes from a later to an earlier one.</summary>
        public List<int> PostOrder { get; } = [];

        public void Run(int root, bool inMain)
        {
            if (_state[root] != 0)
            {
                return;
            }
            var stack = new Stack<(int Node, int Next)>();
            Enter(root, inMain, stack);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next == links[node].Count)
                {
                    _state[node] = 2;
                    PostOrder.Add(node);
                    continue;
                }
                stack.Push((node, next + 1));
                var link = links[node][next];
                if (_state[link.To] == 0)
                {
                    Kept[node].Add(link);
                    Enter(link.To, inMain, stack);
                }
                else if (_state[link.To] == 2 && InMain[link.To] == inMain)
                {
                    Kept[node].Add(link);
                }
            }
        }

        private void Enter(int node, bool inMain, Stack<(int, int)> stack)
        {
            _state[node] = 1;
            InMain[node] = inMain;
            stack.Push((node, 0));
        }
    }
}
