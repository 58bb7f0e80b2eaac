using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>One step: its slug, its type, its configuration and where each output port leads.</summary>
public sealed record StepDefinition(string Slug, string Type, JsonObject Config, IReadOnlyDictionary<string, string> NextSteps)
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the editor drew the step; absent for hand-written workflows.</summary>
    public CanvasPosition? Position { get; init; }

    public string? TargetOf(string port) => NextSteps.TryGetValue(port, out var target) ? target : null;

    public string? ConfigString(string key) =>
        Config.TryGetPropertyValue(key, out var node) && node is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : null;

    /// <summary>True when the config has no value under the key, or only null or blank text.</summary>
    public bool IsConfigMissing(string key) =>
        !Config.TryGetPropertyValue(key, out var value) || value is null
        || (value.GetValueKind() == System.Text.Json.JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>()));

    /// <summary>The name shown to people: the step's name, the config's name, or the slug.</summary>
    public string DisplayName => Name ?? ConfigString("name") ?? Slug;
}
