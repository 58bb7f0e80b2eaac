using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Engine.Editing;

/// <summary>
/// The shape of what each step produces, as its step type declares it from its config (an action's declared outputs,
/// the variables a <c>set_variables</c> step sets, an LLM step's JSON schema or test output, the reviewer's answers of
/// an approval), and the run input a trigger declares or learned from a sample; with the readers those declarations share.
/// </summary>
public static class StepOutputShapes
{
    /// <summary>Config key of a manual trigger's input fields: <c>[{ "name", "label", "type", "example" }]</c>.</summary>
    public const string InputFieldsKey = "inputFields";

    /// <summary>Config key of a webhook or event trigger's pasted sample payload.</summary>
    public const string SamplePayloadKey = "samplePayload";

    private const int MaxSchemaDepth = 8;

    /// <summary>The type of the step's whole output, as its type declares it.</summary>
    public static DataType TypeOf(StepDefinition step) => StepTypes.Find(step.Type)?.OutputType(step) ?? DataType.Object;

    /// <summary>The fields of the step's output (<c>steps.slug.output.…</c>), as its type declares them; empty when nothing is known.</summary>
    public static IReadOnlyList<DataField> For(StepDefinition step, ActionCatalog actions) => StepTypes.Find(step.Type)?.Outputs(step, actions) ?? [];

    /// <summary>The fields of a JSON output: its declared JSON schema's, else those its test output shows.</summary>
    public static IReadOnlyList<DataField> OfJson(JsonNode? schema, JsonNode? sample) =>
        Schema(schema, 0) is { Count: > 0 } declared ? declared : FromSample(sample);

    /// <summary>
    /// The run input's fields, as the trigger declares them (manual) or as its sample payload shows (webhook, event).
    /// The trigger's type decides which wins, as a trigger whose type changed keeps the other key.
    /// </summary>
    public static IReadOnlyList<DataField> Input(StepDefinition? trigger)
    {
        if (trigger is null)
        {
            return [];
        }
        var declared = Declared(trigger.Config[InputFieldsKey]);
        var sampled = FromSample(trigger.Config[SamplePayloadKey]);
        var fromSample = TriggerTypes.Of(trigger)?.Receives is not null;
        return (fromSample ? sampled : declared) is { Count: > 0 } preferred ? preferred : fromSample ? declared : sampled;
    }

    /// <summary>The variables a <c>set_variables</c> step sets, typed by their literal values.</summary>
    public static IReadOnlyList<DataField> Variables(StepDefinition step) =>
        step.Config["parameters"] is JsonObject parameters
            ? [.. parameters.Select(p => IsTemplate(p.Value) ? new DataField(p.Key, DataType.Any, Labels.Humanize(p.Key)) : FromSample(new JsonObject { [p.Key] = p.Value?.DeepClone() })[0])]
            : [];

    private static bool IsTemplate(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue(out string? text) && text.Contains("{{", StringComparison.Ordinal);

    /// <summary>Fields written as <c>[{ "name", "label", "type", "example" }]</c>, as approval forms and manual triggers declare them.</summary>
    public static IReadOnlyList<DataField> Declared(JsonNode? fields) =>
        fields is JsonArray list
            ? [.. list.OfType<JsonObject>().Where(f => Str(f, "name") is { Length: > 0 }).Select(f =>
                new DataField(Str(f, "name")!, TypeNamed(Str(f, "type")), Str(f, "label") ?? Labels.Humanize(Str(f, "name")!), f["example"]?.ToString() ?? f["default"]?.ToString()))]
            : [];

    private static string? Str(JsonObject node, string key) => node[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static DataType TypeNamed(string? type) => type?.ToLowerInvariant() switch
    {
        "number" or "integer" or "money" or "percent" => DataType.Number,
        "boolean" or "yes-no" or "yesno" => DataType.Boolean,
        "date" or "datetime" => DataType.Date,
        "object" => DataType.Object,
        "array" or "list" => DataType.List,
        _ => DataType.Text,
    };

    /// <summary>The fields a JSON schema's object declares; depth-limited, as the schema comes from the user.</summary>
    private static IReadOnlyList<DataField> Schema(JsonNode? schema, int depth)
    {
        if (depth > MaxSchemaDepth || schema is not JsonObject obj)
        {
            return [];
        }
        if (obj["type"]?.GetValueKind() == JsonValueKind.String && obj["type"]!.GetValue<string>() == "array")
        {
            return Schema(obj["items"], depth + 1);
        }
        return obj["properties"] is JsonObject properties
            ? [.. properties.Select(p => Property(p.Key, p.Value as JsonObject, depth))]
            : [];
    }

    private static DataField Property(string name, JsonObject? schema, int depth)
    {
        var label = schema is not null && Str(schema, "title") is { Length: > 0 } title ? title : Labels.Humanize(name);
        var type = schema is null ? null : Str(schema, "type");
        var example = schema?["examples"] is JsonArray { Count: > 0 } examples ? examples[0]?.ToString() : null;
        return type switch
        {
            "object" => Object(name, label, Schema(schema, depth + 1)),
            "array" => List(name, label, Schema(schema!["items"], depth + 1)),
            "date-time" => Date(name, label, example),
            _ when schema is not null && Str(schema, "format") is "date" or "date-time" => Date(name, label, example),
            _ => new DataField(name, type is null ? DataType.Any : TypeNamed(type), label, example),
        };
    }
}
