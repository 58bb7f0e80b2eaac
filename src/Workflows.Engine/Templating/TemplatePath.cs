using System.Collections.Concurrent;

namespace Workflows.Engine.Templating;

/// <summary>A parsed <c>{{path}}</c>: property names and list indexes, e.g. <c>steps.get_customer.output.tags[0]</c>.</summary>
public sealed class TemplatePath
{
    private const int MaxCachedPaths = 10_000;
    private static readonly ConcurrentDictionary<string, TemplatePath> Cache = new(StringComparer.Ordinal);

    private TemplatePath(string text, IReadOnlyList<PathSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<PathSegment> Segments { get; }

    /// <summary>The first property name: <c>input</c>, <c>steps</c>, <c>loop</c>, ...</summary>
    public string Root => Segments[0].Name!;

    public static TemplatePath Parse(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var path = new TemplatePath(text, ParseSegments(text));
        if (Cache.Count < MaxCachedPaths)
        {
            Cache.TryAdd(text, path);
        }
        return path;
    }

    public static bool TryParse(string text, out TemplatePath? path, out string? error)
    {
        try
        {
            path = Parse(text);
            error = null;
            return true;
        }
        catch (TemplateSyntaxException ex)
        {
            path = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The path text of the first <paramref name="count"/> segments.</summary>
    public string Prefix(int count)
    {
        var parts = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var segment = Segments[i];
            if (segment.Name is not null)
            {
                if (i > 0)
                {
                    parts.Append('.');
                }
                parts.Append(segment.Name);
            }
            else
            {
                parts.Append('[').Append(segment.Index).Append(']');
            }
        }
        return parts.ToString();
    }

    public override string ToString() => Text;

    private static List<PathSegment> ParseSegments(string text)
    {
        var segments = new List<PathSegment>();
        var i = 0;
        var expectName = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), out var index) || index < 0 || segments.Count == 0)
                {
                    throw new TemplateSyntaxException($"'{text}' has a bad list index at column {i + 1}; write it as name[0]");
                }
                segments.Add(PathSegment.ForIndex(index));
                i = close + 1;
                expectName = false;
                continue;
            }
            if (c == '.' && !expectName)
            {
                i++;
                expectName = true;
                continue;
            }
            var start = i;
            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }
            if (i == start || !expectName)
            {
                throw new TemplateSyntaxException($"'{text}' is not a valid path (unexpected '{c}' at column {start + 1})");
            }
            segments.Add(PathSegment.ForName(text[start..i]));
            expectName = false;
        }
        if (segments.Count == 0 || expectName)
        {
            throw new TemplateSyntaxException($"'{text}' is not a valid path");
        }
        return segments;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '-';
}
