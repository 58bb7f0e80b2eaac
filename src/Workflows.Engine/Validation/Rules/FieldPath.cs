using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// Follows a path's parts through what is known of a value's shape, to name the first part that cannot exist.
/// Where the shape stops being known (a field of any type, an object whose fields nobody declared) every further part
/// may exist, so nothing is reported.
/// </summary>
internal static class FieldPath
{
    /// <summary>The shape at the path's end (null when not known), or what is wrong with the first part that cannot exist.</summary>
    public static (DataField? End, string? Problem) Walk(DataField start, TemplatePath path, int from)
    {
        var current = start;
        for (var i = from; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            var nearest = path.Prefix(i);
            switch (current.Type)
            {
                case DataType.Object when current.Fields.Count > 0 && segment.Name is { } name:
                    if (current.Fields.FirstOrDefault(f => f.Name == name) is not { } next)
                    {
                        return name == "length" ? (null, null) : (null,
                            $"'{nearest}' has no '{name}'{DidYouMean.Hint(name, current.Fields.Select(f => f.Name))}. It has: {string.Join(", ", current.Fields.Select(f => f.Name).Take(12))}.");
                    }
                    current = next;
                    break;
                case DataType.Object when current.Fields.Count > 0:
                    return (null, $"'{nearest}' is an object, not a list, so it has no [{segment.Index}].");
                case DataType.List when segment.Name is { } name:
                    return name == "length" ? (null, null) : (null, $"'{nearest}' is a list; use an index such as [0] before '.{name}'.");
                case DataType.List when current.Fields.Count > 0:
                    current = DataField.Object(current.Name, current.Label, current.Fields);
                    break;
                default:
                    return (null, null);
            }
        }
        return (current, null);
    }
}
