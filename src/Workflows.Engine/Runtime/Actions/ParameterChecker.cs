using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>Checks rendered parameters against a declaration, so a handler never sees a missing or mistyped value.</summary>
public static class ParameterChecker
{
    /// <summary>The first problem found, worded with the action's and parameter's labels, or null when the parameters fit.</summary>
    public static ParameterProblem? FindProblem(ActionDeclaration declaration, JsonObject parameters)
    {
        foreach (var parameter in declaration.Parameters)
        {
            var present = parameters.TryGetPropertyValue(parameter.Name, out var value) && value is not null;
            if (!present)
            {
                if (parameter.Required)
                {
                    return new ParameterProblem(declaration.Name, parameter.Name,
                        $"{declaration.Title} needs {parameter.Title}: {parameter.Purpose}.");
                }
                continue;
            }
            if (!Fits(value!, parameter.Type))
            {
                return new ParameterProblem(declaration.Name, parameter.Name,
                    $"{declaration.Title}: {parameter.Title} should be {Describe(parameter.Type)}, but is {value!.ToJsonString()}.");
            }
        }
        return null;
    }

    private static bool Fits(JsonNode value, ParameterType type) => type switch
    {
        ParameterType.Any => true,
        ParameterType.Object => value is JsonObject,
        ParameterType.Array => value is JsonArray,
        ParameterType.String => value is JsonValue,
        ParameterType.Number => value is JsonValue v && (v.GetValueKind() == JsonValueKind.Number
            || (v.TryGetValue(out string? text) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _))),
        ParameterType.Boolean => value is JsonValue b && (b.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            || (b.TryGetValue(out string? flag) && bool.TryParse(flag, out _))),
        _ => false,
    };

    private static string Describe(ParameterType type) => type switch
    {
        ParameterType.Object => "an object",
        ParameterType.Array => "a list",
        ParameterType.Number => "a number",
        ParameterType.Boolean => "true or false",
        _ => "text",
    };
}
