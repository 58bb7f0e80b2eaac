using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Preview;

/// <summary>An output made of declared fields' example values, for a step a preview does not run for real.</summary>
public static class ExampleOutput
{
    public static JsonObject Of(IReadOnlyList<DataField> fields)
    {
        var output = new JsonObject();
        foreach (var field in fields)
        {
            output[field.Name] = ValueOf(field);
        }
        return output;
    }

    private static JsonNode? ValueOf(DataField field) => field.Type switch
    {
        DataType.Object => Of(field.Fields),
        DataType.List => new JsonArray(),
        DataType.Number => JsonValue.Create(double.TryParse(field.Example, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0),
        DataType.Boolean => JsonValue.Create(!string.Equals(field.Example, "false", StringComparison.OrdinalIgnoreCase)),
        _ => field.Example is null ? null : JsonValue.Create(field.Example),
    };
}
