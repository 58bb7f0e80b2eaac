using System.Text.Json.Nodes;

namespace Workflows.Engine.Diff;

/// <summary>
/// One field that differs: <c>name</c>, <c>type</c>, <c>description</c> or a config path such as
/// <c>config.parameters.to</c>. Lists are compared whole, so <c>config.items</c> changes as one field.
/// </summary>
public sealed record FieldChange(string Path, JsonNode? Before, JsonNode? After)
{
    public ChangeKind Kind => Before is null ? ChangeKind.Added : After is null ? ChangeKind.Removed : ChangeKind.Changed;

    /// <summary>The old value as people read it: text without quotes, other JSON compact; empty when absent.</summary>
    public string BeforeText => Display(Before);

    public string AfterText => Display(After);

    private static string Display(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };
}
