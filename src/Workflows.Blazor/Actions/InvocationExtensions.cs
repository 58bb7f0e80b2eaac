using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions;

/// <summary>Typed reads of an action's parameters, with the user-facing error when a value does not fit.</summary>
public static class InvocationExtensions
{
    public static int GetInt(this ActionInvocation invocation, string name, int defaultValue, int min, int max)
    {
        var node = invocation.Parameters[name];
        if (node is null)
        {
            return defaultValue;
        }
        if (node is JsonValue value && double.TryParse(node.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString(),
                NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (int)Math.Clamp(number, min, max);
        }
        throw new StepFailedException($"Parameter '{name}' should be a whole number, not {node.ToJsonString()}.");
    }

    public static double? GetDouble(this ActionInvocation invocation, string name)
    {
        var node = invocation.Parameters[name];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && double.TryParse(node.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString(),
                NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        throw new StepFailedException($"Parameter '{name}' should be a number, not {node.ToJsonString()}.");
    }

    public static bool? GetBool(this ActionInvocation invocation, string name) => invocation.Parameters[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.TryGetValue(out string? text) && bool.TryParse(text, out var flag) => flag,
        var other => throw new StepFailedException($"Parameter '{name}' should be true or false, not {other.ToJsonString()}."),
    };

    public static JsonObject? GetObject(this ActionInvocation invocation, string name) => invocation.Parameters[name] switch
    {
        null => null,
        JsonObject obj => obj,
        var other => throw new StepFailedException($"Parameter '{name}' should be an object, not {other.ToJsonString()}."),
    };

    public static string? ExecutionId(this ActionInvocation invocation) => invocation.Context.State.ExecutionId;
}
