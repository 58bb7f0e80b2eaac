using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Cli;

/// <summary>An execution and its step records as one JSON document.</summary>
public static class ExecutionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToJson(ExecutionState state, IReadOnlyList<StepRecord> records)
    {
        var json = JsonSerializer.SerializeToNode(state, Options)!.AsObject();
        json["steps"] = JsonSerializer.SerializeToNode(records, Options);
        json["stepResults"] = state.Steps.DeepClone();
        return json;
    }
}
