using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Ai;

/// <summary>An LLM step's settings after templating: temperature, token limit, output format and schema, and its tools.</summary>
internal sealed class LlmStepSettings
{
    public LlmStepSettings(StepContext context)
    {
        Temperature = Number(context, "temperature");
        MaxTokens = Number(context, "maxTokens") is { } max ? (int)max : null;
        IsJson = string.Equals(context.Step.ConfigString("outputFormat"), "json", StringComparison.OrdinalIgnoreCase);
        OutputSchema = context.Step.Config["outputSchema"] switch
        {
            null => null,
            JsonObject schema => schema,
            _ => throw new StepFailedException("The LLM step's outputSchema must be a JSON schema object."),
        };
        Tools = context.Step.Config["tools"] switch
        {
            null => [],
            JsonArray list => [.. list.Select(t => t is JsonValue v && v.TryGetValue(out string? name) && name.Length > 0
                ? name
                : throw new StepFailedException("The LLM step's tools must be a list of action names."))],
            _ => throw new StepFailedException("The LLM step's tools must be a list of action names."),
        };
    }

    public double? Temperature { get; }

    public int? MaxTokens { get; }

    public bool IsJson { get; }

    public JsonObject? OutputSchema { get; }

    public IReadOnlyList<string> Tools { get; }

    public ChatOptions ChatOptions(IList<AITool> tools) => new()
    {
        Temperature = Temperature is { } t ? (float)t : null,
        MaxOutputTokens = MaxTokens,
        Tools = tools.Count > 0 ? tools : null,
        ResponseFormat = !IsJson ? null
            : OutputSchema is { } schema ? ChatResponseFormat.ForJsonSchema(JsonSerializer.SerializeToElement(schema), "output")
            : ChatResponseFormat.Json,
    };

    private static double? Number(StepContext context, string key) => context.RenderConfig(key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue(out string? text) && double.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw new StepFailedException($"The LLM step's {key} should be a number, but is {other.ToJsonString()}."),
    };
}
