using Workflows.Engine.Model;

namespace Workflows.Engine.Layout;

/// <summary>
/// The editor's auto-layout: a deterministic layered (Sugiyama) layout, top to bottom from the trigger.
/// Loop back-links are left out of the layering, ports keep their display order left to right, steps the
/// start cannot reach go below the rest. Same workflow in, same positions out.
/// </summary>
public static class LayeredLayout
{
    /// <summary>The top-left corner of each step's node, by slug, in workflow order; the left-most node is at x = 0, the first layer at y = 0.</summary>
    public static IReadOnlyDictionary<string, CanvasPosition> Compute(WorkflowDefinition definition, LayoutOptions? options = null)
    {
        options ??= LayoutOptions.Default;
        var layers = LayerAssignment.Build(definition, options);
        if (layers.Count == 0)
        {
            return new Dictionary<string, CanvasPosition>();
        }
        CrossingReduction.Order(layers);
        CoordinateAssignment.Assign(layers, options.NodeSpacing);

        var steps = layers.SelectMany(l => l).Where(n => n.Slug is not null).OrderBy(n => n.Id).ToList();
        var left = steps.Count == 0 ? 0 : steps.Min(n => n.X - n.Width / 2);
        var positions = new Dictionary<string, CanvasPosition>(StringComparer.Ordinal);
        foreach (var node in steps)
        {
            positions[node.Slug!] = new CanvasPosition(
                Math.Round(node.X - node.Width / 2 - left), node.Layer * (options.NodeHeight + options.LayerSpacing));
        }
        return positions;
    }

    /// <summary>The workflow with every step's position set by <see cref="Compute"/>.</summary>
    public static WorkflowDefinition ApplyTo(WorkflowDefinition definition, LayoutOptions? options = null)
    {
        var positions = Compute(definition, options);
        return definition with { Steps = definition.Steps.Select(s => s with { Position = positions[s.Slug] }).ToList() };
    }

    /// <summary>The workflow as drawn when every step has a position; laid out afresh when any lacks one (hand-written JSON).</summary>
    public static WorkflowDefinition EnsurePositions(WorkflowDefinition definition) =>
        definition.Steps.Any(s => s.Position is null) ? ApplyTo(definition) : definition;
}
