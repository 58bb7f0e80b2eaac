using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>
/// What a saved draft changed, in the words of the canvas, for the audit log: "added Send email; changed Check VIP;
/// moved 2 steps". Steps are matched by their slug; a step whose only change is its place on the canvas was moved.
/// </summary>
internal static class DraftChanges
{
    private const int MaxNames = 5;

    /// <summary>Null when the drafts are the same.</summary>
    public static string? Describe(WorkflowDefinition before, WorkflowDefinition after)
    {
        var old = Steps(before);
        var now = Steps(after);
        var added = now.Keys.Where(slug => !old.ContainsKey(slug)).Select(slug => now[slug].Step.DisplayName).ToList();
        var removed = old.Keys.Where(slug => !now.ContainsKey(slug)).Select(slug => old[slug].Step.DisplayName).ToList();
        var kept = now.Keys.Where(old.ContainsKey).Where(slug => !JsonNode.DeepEquals(old[slug].Json, now[slug].Json)).ToList();
        var changed = kept.Where(slug => !JsonNode.DeepEquals(WithoutPosition(old[slug].Json), WithoutPosition(now[slug].Json))).ToList();
        var moved = kept.Count - changed.Count;

        var parts = new List<string>();
        if (before.Name != after.Name)
        {
            parts.Add($"renamed from {before.Name}");
        }
        Add(parts, "added", added);
        Add(parts, "removed", removed);
        Add(parts, "changed", changed.Select(slug => now[slug].Step.DisplayName).ToList());
        if (moved > 0)
        {
            parts.Add(moved == 1 ? "moved 1 step" : $"moved {moved} steps");
        }
        if (parts.Count == 0 && !JsonNode.DeepEquals(WorkflowJson.ToJson(before), WorkflowJson.ToJson(after)))
        {
            parts.Add("changed its description or settings");
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string verb, List<string> names)
    {
        if (names.Count > 0)
        {
            parts.Add($"{verb} {string.Join(", ", names.Take(MaxNames))}{(names.Count > MaxNames ? $" and {names.Count - MaxNames} more" : "")}");
        }
    }

    /// <summary>Each step by its slug, with its JSON as stored (a draft may repeat a slug; the validator says so, this takes the first).</summary>
    private static Dictionary<string, (StepDefinition Step, JsonObject Json)> Steps(WorkflowDefinition definition) =>
        definition.Steps.Zip(WorkflowJson.ToJson(definition)["steps"]!.AsArray().Cast<JsonObject>(), (step, json) => (Step: step, Json: json))
            .GroupBy(pair => pair.Step.Slug, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    private static JsonObject WithoutPosition(JsonObject step)
    {
        var copy = step.DeepClone().AsObject();
        copy.Remove("position");
        return copy;
    }
}
