using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>How the runner stores engine state and step data in the database.</summary>
public static class RunnerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ExecutionState state) => JsonSerializer.Serialize(state, Options);

    public static ExecutionState DeserializeState(string json) =>
        JsonSerializer.Deserialize<ExecutionState>(json, Options) ?? throw new InvalidOperationException("Empty execution state.");

    public static string Serialize(BookmarkResolution resolution) => JsonSerializer.Serialize(resolution, Options);

    public static BookmarkResolution DeserializeResolution(string json) =>
        JsonSerializer.Deserialize<BookmarkResolution>(json, Options) ?? throw new InvalidOperationException("Empty resolution.");

    public static string? Text(JsonNode? node) => node?.ToJsonString();

    public static JsonNode? Node(string? json) => json is null ? null : JsonNode.Parse(json);
}
