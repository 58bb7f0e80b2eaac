using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Templating;

/// <summary>Follows a <see cref="TemplatePath"/> through a scope. Values are returned as they are stored, never copied.</summary>
public static class PathResolver
{
    /// <summary>The value at <paramref name="path"/>; a missing part throws an error naming the nearest existing path.</summary>
    public static JsonNode? Resolve(TemplatePath path, ITemplateScope scope)
    {
        if (TryResolve(path, scope, out var value, out var failure))
        {
            return value;
        }
        throw failure!;
    }

    public static bool TryResolve(TemplatePath path, ITemplateScope scope, out JsonNode? value, out TemplatePathException? failure)
    {
        value = null;
        if (!scope.TryGetRoot(path.Root, out var current))
        {
            failure = new TemplatePathException(path.Text, "",
                $"'{{{{{path.Text}}}}}' does not exist: there is no '{path.Root}'{DidYouMean.Hint(path.Root, scope.RootNames)}. " +
                "Paths start with input, steps, loop, variables or secrets, e.g. {{steps.get_customer.output.email}}.");
            return false;
        }

        var segments = path.Segments;
        for (var i = 1; i < segments.Count; i++)
        {
            if (!TryStep(current, segments[i], out var next))
            {
                var nearest = path.Prefix(i);
                failure = new TemplatePathException(path.Text, nearest, Explain(path, nearest, current, segments[i]));
                return false;
            }
            current = next;
        }
        value = current;
        failure = null;
        return true;
    }

    private static bool TryStep(JsonNode? current, PathSegment segment, out JsonNode? next)
    {
        next = null;
        if (segment.Name is { } name)
        {
            if (current is JsonObject obj && obj.TryGetPropertyValue(name, out next))
            {
                return true;
            }
            if (name == "length" && LengthOf(current) is { } length)
            {
                next = JsonValue.Create(length);
                return true;
            }
            return false;
        }
        if (current is JsonArray array && segment.Index < array.Count)
        {
            next = array[segment.Index];
            return true;
        }
        return false;
    }

    private static int? LengthOf(JsonNode? node) => node switch
    {
        JsonArray array => array.Count,
        JsonObject obj => obj.Count,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length,
        _ => null,
    };

    private static string Explain(TemplatePath path, string nearest, JsonNode? current, PathSegment missing)
    {
        var prefix = $"'{{{{{path.Text}}}}}' does not exist: '{nearest}'";
        return (current, missing.Name) switch
        {
            (null, _) => $"{prefix} is empty.",
            (JsonObject obj, { } name) =>
                $"{prefix} has no '{name}'{DidYouMean.Hint(name, obj.Select(p => p.Key))}. It has: {string.Join(", ", obj.Select(p => p.Key).Take(12))}.",
            (JsonObject, null) => $"{prefix} is an object, not a list, so it has no [{missing.Index}].",
            (JsonArray array, null) => $"{prefix} has {array.Count} item(s), so [{missing.Index}] is past the end.",
            (JsonArray, { } name) => $"{prefix} is a list; use an index such as [0] before '.{name}'.",
            _ => $"{prefix} is a {current.GetValueKind().ToString().ToLowerInvariant()}, not an object or list.",
        };
    }
}
