using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>
/// Whether a value a run would keep (a step's output, the run's variables) fits the limits. Counts its JSON
/// size without recursion and stops as soon as the limit is passed, so a huge or deep value costs little to refuse.
/// </summary>
public static class StoredSize
{
    /// <summary>How deep a kept value may nest: the run's state adds a few levels and stored JSON may have 64 in all.</summary>
    public const int MaxDepth = 48;

    /// <summary>Null when <paramref name="root"/> fits, else why not, as a sentence about <paramref name="what"/>.</summary>
    public static string? Problem(JsonNode? root, int maxChars, string what)
    {
        long chars = 0;
        var pending = new Stack<(JsonNode? Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            if (depth > MaxDepth)
            {
                return $"{what} is nested more than {MaxDepth} levels deep, more than a run may keep.";
            }
            switch (node)
            {
                case JsonObject obj:
                    chars += 2 + Math.Max(0, obj.Count - 1);
                    foreach (var (key, child) in obj)
                    {
                        chars += key.Length + 3;
                        pending.Push((child, depth + 1));
                    }
                    break;
                case JsonArray array:
                    chars += 2 + Math.Max(0, array.Count - 1);
                    foreach (var child in array)
                    {
                        pending.Push((child, depth + 1));
                    }
                    break;
                case JsonValue value when value.TryGetValue(out string? text):
                    chars += text.Length + 2;
                    break;
                case null:
                    chars += 4;
                    break;
                default:
                    chars += node.ToJsonString().Length;
                    break;
            }
            if (chars > maxChars)
            {
                return $"{what} is larger than the {maxChars:N0} characters a run may keep.";
            }
        }
        return null;
    }
}
