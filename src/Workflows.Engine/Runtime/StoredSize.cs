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

    // Counted on every step: the stack is kept per thread rather than made anew each time.
    [ThreadStatic] private static Stack<(JsonNode? Node, int Depth)>? t_pending;

    /// <summary>Null when <paramref name="root"/> fits, else why not, as a sentence about <paramref name="what"/>.</summary>
    public static string? Problem(JsonNode? root, int maxChars, string what) => Describe(Count(root, 1, 0, maxChars), maxChars, what);

    /// <summary>
    /// Null when <paramref name="current"/> with <paramref name="changes"/> set on it (each name replaced or added) fits,
    /// else why not; neither object is changed or copied.
    /// </summary>
    public static string? Problem(JsonObject current, JsonObject changes, int maxChars, string what)
    {
        long chars = 2;
        var count = 0;
        for (var i = 0; i < current.Count && chars is >= 0 && chars <= maxChars; i++)
        {
            var (name, value) = current.GetAt(i);
            if (!changes.ContainsKey(name))
            {
                chars = Count(value, 2, chars + name.Length + 3, maxChars);
                count++;
            }
        }
        for (var i = 0; i < changes.Count && chars is >= 0 && chars <= maxChars; i++)
        {
            var (name, value) = changes.GetAt(i);
            chars = Count(value, 2, chars + name.Length + 3, maxChars);
            count++;
        }
        return Describe(chars < 0 ? chars : chars + Math.Max(0, count - 1), maxChars, what);
    }

    /// <summary>True when <paramref name="root"/> fits; <see cref="Problem(JsonNode?, int, string)"/> says why not.</summary>
    public static bool Fits(JsonNode? root, int maxChars) => Count(root, 1, 0, maxChars) is >= 0 and var chars && chars <= maxChars;

    private const long TooDeep = -1;

    private static string? Describe(long chars, int maxChars, string what) => chars switch
    {
        TooDeep => $"{what} is nested more than {MaxDepth} levels deep, more than a run may keep.",
        _ when chars > maxChars => $"{what} is larger than the {maxChars:N0} characters a run may keep.",
        _ => null,
    };

    /// <summary><paramref name="chars"/> plus the JSON size of <paramref name="root"/>, stopping once past <paramref name="maxChars"/>; <see cref="TooDeep"/> past <see cref="MaxDepth"/>.</summary>
    private static long Count(JsonNode? root, int depth, long chars, int maxChars)
    {
        var pending = t_pending ??= new Stack<(JsonNode?, int)>();
        pending.Clear();
        pending.Push((root, depth));
        while (pending.TryPop(out var item))
        {
            var (node, level) = item;
            if (level > MaxDepth)
            {
                return TooDeep;
            }
            switch (node)
            {
                case JsonObject obj:
                    chars += 2 + Math.Max(0, obj.Count - 1);
                    for (var i = 0; i < obj.Count; i++)
                    {
                        var (key, child) = obj.GetAt(i);
                        chars += key.Length + 3;
                        pending.Push((child, level + 1));
                    }
                    break;
                case JsonArray array:
                    chars += 2 + Math.Max(0, array.Count - 1);
                    for (var i = 0; i < array.Count; i++)
                    {
                        pending.Push((array[i], level + 1));
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
                pending.Clear();
                return chars;
            }
        }
        return chars;
    }
}
