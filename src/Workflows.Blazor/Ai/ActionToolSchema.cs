using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Ai;

/// <summary>The JSON schema of an action's parameters, as a model reads a tool's arguments.</summary>
public static class ActionToolSchema
{
    public static JsonElement For(ActionDeclaration declaration)
    {
        var properties = new JsonObject();
        foreach (var parameter in declaration.Parameters)
        {
            var property = new JsonObject { ["description"] = parameter.Description };
            if (TypeName(parameter.Type) is { } type)
            {
                property["type"] = type;
            }
            properties[parameter.Name] = property;
        }
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. declaration.Parameters.Where(p => p.Required).Select(p => JsonValue.Create(p.Name))]),
        };
        return JsonSerializer.SerializeToElement(schema);
    }

    private static string? TypeName(ParameterType type) => type switch
    {
        ParameterType.String => "string",
        ParameterType.Number => "number",
        ParameterType.Boolean => "boolean",
        ParameterType.Object => "object",
        ParameterType.Array => "array",
        _ => null,
    };
}
