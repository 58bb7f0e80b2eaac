using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Experiments;

/// <summary>
/// The conversion goals of a workflow (its <c>config.goals</c>) or a journey (its <c>goals</c>):
/// <c>[ { "name": "Big order", "event": "order.placed", "condition": "{{event.total}} > 50", "window": "7 days" } ]</c>.
/// A goal without a name is named after its event; one without a window gets <see cref="DefaultWindow"/>.
/// </summary>
public static class ConversionGoals
{
    public const string ConfigKey = "goals";
    public const string EventRoot = "event";
    public const int MaxGoals = 10;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan ShortestWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(90);

    public static IReadOnlyList<ConversionGoal> Of(WorkflowDefinition definition) => Of(definition.Config?[ConfigKey]);

    /// <summary>The goals of a written list; nothing when it is not a list.</summary>
    public static IReadOnlyList<ConversionGoal> Of(JsonNode? written) => written is JsonArray goals ? [.. goals.Select(Read)] : [];

    private static ConversionGoal Read(JsonNode? node)
    {
        var eventType = Text(node, "event") ?? "";
        return new ConversionGoal(Text(node, "name") is { Length: > 0 } name ? name : eventType, eventType, Text(node, "condition"), Text(node, "window"));
    }

    private static string? Text(JsonNode? node, string key) =>
        node is JsonObject goal && goal[key] is JsonValue value && value.TryGetValue(out string? text) ? text.Trim() : null;
}
