using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Editing;

/// <summary>
/// The edits the editor makes to a workflow, each returning a new definition and leaving the old one
/// untouched, so undo is a matter of keeping the old one.
/// </summary>
public static class DefinitionEdits
{
    public static WorkflowDefinition MoveSteps(WorkflowDefinition definition, IReadOnlyDictionary<string, CanvasPosition> positions) =>
        MapSteps(definition, step => positions.TryGetValue(step.Slug, out var position) ? step with { Position = position } : step);

    public static WorkflowDefinition AddStep(WorkflowDefinition definition, StepDefinition step) =>
        definition with { Steps = [.. definition.Steps, step] };

    /// <summary>Removes the steps and every link that led to them.</summary>
    public static WorkflowDefinition RemoveSteps(WorkflowDefinition definition, IReadOnlySet<string> slugs)
    {
        var kept = definition.Steps.Where(s => !slugs.Contains(s.Slug));
        return definition with
        {
            Steps = kept.Select(step => step.NextSteps.Values.Any(slugs.Contains)
                ? step with { NextSteps = step.NextSteps.Where(p => !slugs.Contains(p.Value)).ToDictionary() }
                : step).ToList(),
        };
    }

    public static WorkflowDefinition Connect(WorkflowDefinition definition, string from, string port, string to) =>
        MapStep(definition, from, step => step with { NextSteps = new Dictionary<string, string>(step.NextSteps) { [port] = to } });

    public static WorkflowDefinition Disconnect(WorkflowDefinition definition, string from, string port) =>
        MapStep(definition, from, step => step with { NextSteps = step.NextSteps.Where(p => p.Key != port).ToDictionary() });

    /// <summary>Replaces a step; when its slug changed, links and <c>{{steps.…}}</c> references follow it.</summary>
    public static WorkflowDefinition ReplaceStep(WorkflowDefinition definition, string slug, StepDefinition replacement)
    {
        if (replacement.Slug == slug)
        {
            return MapStep(definition, slug, _ => replacement);
        }
        var renames = new Dictionary<string, string> { [slug] = replacement.Slug };
        return MapSteps(definition, step =>
        {
            var current = step.Slug == slug ? replacement : step;
            return current with
            {
                Config = StepReferences.Rename(current.Config, renames),
                NextSteps = current.NextSteps.ToDictionary(p => p.Key, p => p.Value == slug ? replacement.Slug : p.Value),
            };
        });
    }

    public static WorkflowDefinition SetConfigValue(WorkflowDefinition definition, string slug, string key, JsonNode? value) =>
        MapStep(definition, slug, step =>
        {
            var config = (JsonObject)step.Config.DeepClone();
            if (value is null)
            {
                config.Remove(key);
            }
            else
            {
                config[key] = value.DeepClone();
            }
            return step with { Config = config };
        });

    private static WorkflowDefinition MapStep(WorkflowDefinition definition, string slug, Func<StepDefinition, StepDefinition> change) =>
        MapSteps(definition, step => step.Slug == slug ? change(step) : step);

    private static WorkflowDefinition MapSteps(WorkflowDefinition definition, Func<StepDefinition, StepDefinition> change) =>
        definition with { Steps = definition.Steps.Select(change).ToList() };
}
