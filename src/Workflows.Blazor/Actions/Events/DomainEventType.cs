using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Actions.Events;

/// <summary>An event the app raises itself: its type, the words a marketer reads, and the fields of its <c>data</c>.</summary>
public sealed record DomainEventType(string Type, string Label, string Description, IReadOnlyList<DataField> Data)
{
    /// <summary>What a run started by this event receives as its input, with example values, as a trigger's sample payload.</summary>
    public JsonObject Sample() => new()
    {
        ["eventId"] = "evt_8f2c",
        ["type"] = Type,
        ["subjectId"] = "cust_456",
        ["data"] = Example(Data),
    };

    private static JsonObject Example(IReadOnlyList<DataField> fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, Example(f))));

    private static JsonNode? Example(DataField field) => field.Type switch
    {
        DataType.Object => Example(field.Fields),
        DataType.List => field.Fields.Count > 0 ? new JsonArray(Example(field.Fields)) : new JsonArray(),
        DataType.Number => double.TryParse(field.Example, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(0),
        DataType.Boolean => JsonValue.Create(field.Example == "true"),
        _ => JsonValue.Create(field.Example ?? ""),
    };
}
