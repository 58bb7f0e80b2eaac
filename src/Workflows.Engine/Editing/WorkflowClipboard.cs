using Workflows.Engine.Model;

namespace Workflows.Engine.Editing;

/// <summary>
/// Copy and paste of steps on the canvas. A copy is a small workflow of its own (so it can go through the system
/// clipboard as workflow JSON): the chosen steps with only the links between them, plus ports that end the run.
/// </summary>
public static class WorkflowClipboard
{
    public const double PasteOffset = 40;

    public static WorkflowDefinition Copy(WorkflowDefinition definition, IEnumerable<string> slugs)
    {
        var graph = WorkflowGraph.For(definition);
        var chosen = slugs.ToHashSet(StringComparer.Ordinal);
        var steps = definition.Steps.Where(s => chosen.Contains(s.Slug)).Select(s => s with
        {
            Config = s.Config.DeepClone().AsObject(),
            NextSteps = s.NextSteps.Where(p => chosen.Contains(p.Value) || graph.IsEnd(p.Value))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        });
        return new WorkflowDefinition(definition.Name, steps.ToList());
    }

    /// <summary>
    /// Adds the copied steps to <paramref name="target"/> under slugs it does not use yet, with their links, their
    /// templates' <c>{{steps.…}}</c> references to one another following the new slugs, and positions moved down and right.
    /// </summary>
    public static PasteResult Paste(WorkflowDefinition target, WorkflowDefinition copied)
    {
        var taken = target.Steps.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in copied.Steps.DistinctBy(s => s.Slug, StringComparer.Ordinal))
        {
            renames[step.Slug] = StepSlugs.Unique(step.Slug, taken);
            taken.Add(renames[step.Slug]);
        }
        var copiedGraph = WorkflowGraph.For(copied);
        var pasted = copied.Steps.DistinctBy(s => s.Slug, StringComparer.Ordinal).Select(s => s with
        {
            Slug = renames[s.Slug],
            Config = StepReferences.Rename(s.Config, renames),
            NextSteps = s.NextSteps.Where(p => renames.ContainsKey(p.Value) || copiedGraph.IsEnd(p.Value))
                .ToDictionary(p => p.Key, p => renames.GetValueOrDefault(p.Value, p.Value), StringComparer.Ordinal),
            Position = s.Position is { } at ? new CanvasPosition(at.X + PasteOffset, at.Y + PasteOffset) : null,
        }).ToList();
        return new PasteResult(target with { Steps = [.. target.Steps, .. pasted] }, pasted.Select(s => s.Slug).ToList());
    }
}
