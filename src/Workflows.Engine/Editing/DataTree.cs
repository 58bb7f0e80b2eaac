using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Editing;

/// <summary>
/// The typed tree of everything a step can read: the run's input, the loops around it and their current item,
/// every step that can run before it with the fields of what it produces, variables, and the current time.
/// Uses the validator's facts (which steps can run before, which loops enclose), as <see cref="AvailablePaths"/> does.
/// </summary>
public static class DataTree
{
    private const int MaxDepth = 8;

    public static IReadOnlyList<DataNode> For(WorkflowDefinition definition, string slug, ActionCatalog actions)
    {
        var context = new ValidationContext(definition, actions);
        if (context.Graph.Find(slug) is null)
        {
            return [];
        }
        var trigger = context.Graph.HasExplicitTrigger ? context.Graph.Start : null;
        var input = StepOutputShapes.Input(trigger);
        var nodes = new List<DataNode> { Node("input", "Run input", DataType.Object, trigger?.Slug, input) };

        var loops = context.EnclosingLoops(slug).OrderBy(l => context.LoopBodies[l.Slug].Count).ToList();
        for (var level = 0; level < loops.Count; level++)
        {
            var loop = loops[level];
            var prefix = "loop" + string.Concat(Enumerable.Repeat(".parent", level));
            var itemName = loop.ConfigString("itemVariable") is { Length: > 0 } name ? Labels.Humanize(name).ToLowerInvariant() : "item";
            var item = LoopItemFields.For(loop, definition, actions, input);
            nodes.Add(new DataNode(prefix, loop.DisplayName, DataType.Object, loop.Slug)
            {
                Children =
                [
                    Node($"{prefix}.item", $"Current {itemName}", item.Count > 0 ? DataType.Object : DataType.Any, loop.Slug, item),
                    new DataNode($"{prefix}.index", "Position, from 0", DataType.Number, loop.Slug, "0"),
                    new DataNode($"{prefix}.count", "How many items", DataType.Number, loop.Slug, "3"),
                ],
            });
        }

        var before = definition.Steps.Where(s => s.Slug != slug && context.CanRunBefore(s.Slug, slug)).ToList();
        // A trigger's output is the run input, offered above as such.
        foreach (var step in before.Where(s => !StepTypes.StartsRun(s)))
        {
            var output = Node($"steps.{step.Slug}.output", Title(step, actions), StepOutputShapes.TypeOf(step), step.Slug, StepOutputShapes.For(step, actions));
            if (step.TargetOf(Ports.Error) is { } handler && (handler == slug || context.CanRunBefore(handler, slug)))
            {
                output = output with { Children = [.. output.Children, new DataNode($"steps.{step.Slug}.error", "Why it failed", DataType.Text, step.Slug)] };
            }
            nodes.Add(output);
        }

        AddVariablesAndNow(nodes, before);
        return WithUsedPaths(nodes, definition, slug);
    }

    /// <summary>
    /// Everything the workflow's steps produce, whatever their order: for naming the paths that text anywhere in the
    /// workflow reads, as the canvas does, without asking per step what can run before it.
    /// </summary>
    public static IReadOnlyList<DataNode> Whole(WorkflowDefinition definition, ActionCatalog actions)
    {
        var trigger = definition.Steps.FirstOrDefault(StepTypes.StartsRun);
        var nodes = new List<DataNode> { Node("input", "Run input", DataType.Object, trigger?.Slug, StepOutputShapes.Input(trigger)) };
        nodes.AddRange(definition.Steps.Where(s => !StepTypes.StartsRun(s)).Select(step =>
            Node($"steps.{step.Slug}.output", Title(step, actions), StepOutputShapes.TypeOf(step), step.Slug, StepOutputShapes.For(step, actions))));
        AddVariablesAndNow(nodes, definition.Steps);
        return nodes;
    }

    private static void AddVariablesAndNow(List<DataNode> nodes, IEnumerable<StepDefinition> steps)
    {
        var variables = steps.Where(s => StepTypes.ActionOf(s) == SetVariablesAction.Name)
            .SelectMany(s => StepOutputShapes.Variables(s).Select(v => Node($"variables.{v.Name}", v.Label, v.Type, s.Slug, v.Fields, v.Example)))
            .DistinctBy(v => v.Path)
            .ToList();
        if (variables.Count > 0)
        {
            nodes.Add(new DataNode("variables", "Variables", DataType.Object, null) { Children = variables });
        }
        nodes.Add(new DataNode("$now", "Now", DataType.Date, null, "2026-11-23T08:00:00Z"));
    }

    /// <summary>
    /// Adds the fields the workflow already reads that no declaration knows (<c>{{input.customerId}}</c> under an
    /// input nobody declared), under the value they belong to.
    /// </summary>
    private static IReadOnlyList<DataNode> WithUsedPaths(List<DataNode> nodes, WorkflowDefinition definition, string slug)
    {
        var known = Flatten(nodes).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        var extra = new Dictionary<string, List<DataNode>>(StringComparer.Ordinal);
        foreach (var used in AvailablePaths.For(definition, slug).Where(p => !known.Contains(p.Path)))
        {
            var dot = used.Path.LastIndexOf('.');
            if (dot > 0 && known.Contains(used.Path[..dot]) && !used.Path.Contains('['))
            {
                var parent = used.Path[..dot];
                (extra.TryGetValue(parent, out var list) ? list : extra[parent] = []).Add(
                    new DataNode(used.Path, Labels.Humanize(used.Path[(dot + 1)..]), DataType.Any, used.SourceStep));
            }
        }
        return extra.Count == 0 ? nodes : [.. nodes.Select(n => Extend(n, extra, 0))];
    }

    private static DataNode Extend(DataNode node, Dictionary<string, List<DataNode>> extra, int depth) =>
        depth > MaxDepth ? node : node with
        {
            Children = [.. node.Children.Select(c => Extend(c, extra, depth + 1)), .. extra.GetValueOrDefault(node.Path) ?? []],
        };

    /// <summary>The label people know a step by: its name, else its action's label, else its type's ("Wait"); never its id.</summary>
    public static string Title(StepDefinition step, ActionCatalog actions) =>
        NameOf(step)
        ?? (StepTypes.ActionOf(step) is { } action ? actions.FindDeclaration(action)?.Label : null)
        ?? StepTypes.Find(step.Type)?.DisplayName
        ?? step.Slug;

    /// <summary>The name the designer gave the step, if any.</summary>
    public static string? NameOf(StepDefinition step) => step.Name ?? step.ConfigString("name");

    /// <summary>
    /// A path as people read it, e.g. "Get customer › Email", or null when the tree does not hold it. A bare name
    /// (<c>customer.age</c>) is read as a run reads it: a variable, else a field of the run's input.
    /// </summary>
    public static string? Describe(IReadOnlyList<DataNode> tree, string path) =>
        DescribeExact(tree, path) ?? (IsBare(path) ? DescribeExact(tree, "variables." + path) ?? DescribeExact(tree, "input." + path) : null);

    private static bool IsBare(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        var root = end < 0 ? path : path[..end];
        return root.Length > 0 && !Runtime.ExecutionScope.BuiltInRoots.Contains(root);
    }

    private static string? DescribeExact(IReadOnlyList<DataNode> tree, string path)
    {
        var trail = new List<string>();
        var level = tree;
        while (level.FirstOrDefault(n => n.Path == path || IsWithin(path, n.Path)) is { } node)
        {
            trail.Add(node.Label);
            if (node.Path == path)
            {
                return string.Join(" › ", trail);
            }
            level = node.Children;
        }
        return null;
    }

    private static bool IsWithin(string path, string ancestor) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    /// <summary>Every node of a tree, depth first.</summary>
    public static IEnumerable<DataNode> Flatten(IEnumerable<DataNode> nodes)
    {
        var stack = new Stack<DataNode>(nodes.Reverse());
        while (stack.TryPop(out var node))
        {
            yield return node;
            foreach (var child in node.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>A field read at <paramref name="path"/>, with the fields inside it, as the tree shows them.</summary>
    public static DataNode Of(string path, DataField field) => Node(path, field.Label, field.Type, null, field.Fields, field.Example);

    private static DataNode Node(string path, string label, DataType type, string? source, IReadOnlyList<DataField> fields, string? example = null, int depth = 0) =>
        new(path, label, type, source, example)
        {
            Children = depth >= MaxDepth ? [] : type switch
            {
                DataType.List when fields.Count > 0 => [Node($"{path}[0]", "First item", DataType.Object, source, fields, null, depth + 1)],
                _ => [.. fields.Select(f => Node($"{path}.{f.Name}", f.Label, f.Type, source, f.Fields, f.Example, depth + 1))],
            },
        };
}
