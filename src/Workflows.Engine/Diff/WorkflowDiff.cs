using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Diff;

/// <summary>
/// What differs between two versions of a workflow, step by step. Steps are matched by slug, so a
/// renamed slug is one step removed and another added. Canvas positions are layout, not content,
/// and are ignored: moving a node does not change a step.
/// </summary>
public sealed record WorkflowDiff(IReadOnlyList<FieldChange> Workflow, IReadOnlyList<StepChange> Steps)
{
    public bool IsEmpty => Workflow.Count == 0 && Steps.Count == 0;

    public IEnumerable<StepChange> Added => Steps.Where(s => s.Kind == ChangeKind.Added);

    public IEnumerable<StepChange> Removed => Steps.Where(s => s.Kind == ChangeKind.Removed);

    public IEnumerable<StepChange> Changed => Steps.Where(s => s.Kind == ChangeKind.Changed);

    /// <summary>The change to the step with this slug, or null when it is the same in both.</summary>
    public StepChange? For(string slug) => Steps.FirstOrDefault(s => s.Slug == slug);

    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/>. Steps are listed in the newer
    /// workflow's order, followed by the removed ones in the older workflow's order.
    /// </summary>
    public static WorkflowDiff Compare(WorkflowDefinition before, WorkflowDefinition after)
    {
        var workflow = new List<FieldChange>();
        CompareValue(workflow, "name", before.Name, after.Name);
        CompareValue(workflow, "description", before.Description, after.Description);
        CompareObjects(workflow, "config", before.Config ?? [], after.Config ?? []);

        var old = Index(before.Steps);
        var current = Index(after.Steps);
        var steps = new List<StepChange>();
        foreach (var step in current.Values)
        {
            if (!old.TryGetValue(step.Slug, out var previous))
            {
                steps.Add(new StepChange(step.Slug, ChangeKind.Added, null, step));
            }
            else if (CompareStep(previous, step) is { } changed)
            {
                steps.Add(changed);
            }
        }
        steps.AddRange(old.Values.Where(s => !current.ContainsKey(s.Slug)).Select(s => new StepChange(s.Slug, ChangeKind.Removed, s, null)));
        return new WorkflowDiff(workflow, steps);
    }

    /// <summary>The first step of each slug, in order; a repeated slug is a validation error, not a diff's business.</summary>
    private static Dictionary<string, StepDefinition> Index(IReadOnlyList<StepDefinition> steps)
    {
        var index = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            index.TryAdd(step.Slug, step);
        }
        return index;
    }

    private static StepChange? CompareStep(StepDefinition before, StepDefinition after)
    {
        var fields = new List<FieldChange>();
        CompareValue(fields, "name", before.Name, after.Name);
        CompareValue(fields, "type", before.Type, after.Type);
        CompareValue(fields, "description", before.Description, after.Description);
        CompareObjects(fields, "config", before.Config, after.Config);

        var links = before.NextSteps.Keys.Union(after.NextSteps.Keys, StringComparer.Ordinal)
            .Select(port => new LinkChange(port, before.TargetOf(port), after.TargetOf(port)))
            .Where(link => link.Before != link.After)
            .ToList();

        return fields.Count == 0 && links.Count == 0
            ? null
            : new StepChange(after.Slug, ChangeKind.Changed, before, after) { Fields = fields, Links = links };
    }

    private static void CompareValue(List<FieldChange> changes, string path, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(new FieldChange(path, before is null ? null : JsonValue.Create(before), after is null ? null : JsonValue.Create(after)));
        }
    }

    /// <summary>Walks both objects key by key, down into nested objects, so a change names the innermost field.</summary>
    private static void CompareObjects(List<FieldChange> changes, string path, JsonObject before, JsonObject after)
    {
        var keys = before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var field = $"{path}.{key}";
            var old = before[key];
            var current = after[key];
            if (old is JsonObject oldObject && current is JsonObject currentObject)
            {
                CompareObjects(changes, field, oldObject, currentObject);
            }
            else if (!JsonNode.DeepEquals(old, current))
            {
                changes.Add(new FieldChange(field, old?.DeepClone(), current?.DeepClone()));
            }
        }
    }
}
