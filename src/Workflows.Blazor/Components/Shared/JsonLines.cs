using System.Text;

namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// The lines of a formatted JSON text that a page shows: at most <see cref="MaxLines"/> lines and about
/// <see cref="MaxChars"/> characters, with very long values cut short, so a megabyte of output costs the browser
/// no more than a screenful. <see cref="Cut"/> says when something was left out.
/// </summary>
public sealed record JsonLines(IReadOnlyList<JsonLine> Lines, int TotalLines, long TotalBytes, bool Cut)
{
    public const int MaxLines = 400;
    public const int MaxChars = 60_000;
    public const int MaxLineChars = 1_000;

    /// <summary>Blocks with fewer lines inside than this stay open, as does the outermost one: folding them would hide nothing worth hiding.</summary>
    public const int MinFoldLines = 3;

    public static JsonLines Of(string formatted, int maxLines = MaxLines, int maxChars = MaxChars, int maxLineChars = MaxLineChars)
    {
        var lines = new List<JsonLine>();
        var open = new Stack<(int Index, int Children)>();
        var chars = 0;
        var cut = false;
        foreach (var text in formatted.AsSpan().EnumerateLines())
        {
            if (lines.Count == maxLines || chars >= maxChars)
            {
                cut = true;
                break;
            }
            var (line, shortened) = Parse(text.ToString(), maxLineChars);
            cut |= shortened;
            chars += line.Value.Length;
            if (line.Token == JsonToken.Bracket && line.Value is ['}' or ']', ..] && open.TryPop(out var block))
            {
                Close(lines, block.Index, block.Children, lines.Count);
            }
            else if (open.TryPeek(out var parent) && line.Indent.Length == lines[parent.Index].Indent.Length + 2)
            {
                open.Pop();
                open.Push((parent.Index, parent.Children + 1));
            }
            if (line.Token == JsonToken.Bracket && line.Value is "{" or "[")
            {
                open.Push((lines.Count, 0));
            }
            lines.Add(line);
        }
        return new JsonLines(lines, formatted.AsSpan().Count('\n') + 1, Encoding.UTF8.GetByteCount(formatted), cut);
    }

    /// <summary>"Showing the first 400 of 25,013 lines (1.2 MB)" and the like, for the note under a cut view.</summary>
    public string Describe()
    {
        var size = TotalBytes >= 1024 * 1024 ? $"{TotalBytes / (1024d * 1024):0.#} MB" : $"{Math.Max(1, TotalBytes / 1024d):0.#} KB";
        var shown = Lines.Count < TotalLines ? $"the first {Lines.Count:N0} of {TotalLines:N0} lines" : $"all {TotalLines:N0} lines, long values cut short";
        return $"Showing {shown} ({size}). Copy or download it to see all of it.";
    }

    private static void Close(List<JsonLine> lines, int opener, int children, int closer)
    {
        if (opener > 0 && closer - opener - 1 >= MinFoldLines)
        {
            var noun = lines[opener].Value == "{" ? (children == 1 ? "field" : "fields") : (children == 1 ? "item" : "items");
            lines[opener] = lines[opener] with { FoldEnd = closer, FoldSummary = $"{children:N0} {noun}" };
        }
    }

    private static (JsonLine Line, bool Shortened) Parse(string text, int maxLineChars)
    {
        var body = text.TrimStart(' ');
        var indent = text[..(text.Length - body.Length)];
        string? key = null;
        if (body.StartsWith('"') && EndOfString(body) is var end && end + 2 < body.Length && body[end + 1] == ':' && body[end + 2] == ' ')
        {
            key = body[..(end + 1)];
            body = body[(end + 3)..];
        }
        var trailing = body.EndsWith(',') ? "," : "";
        var value = body[..(body.Length - trailing.Length)];
        var shortened = value.Length > maxLineChars;
        if (shortened)
        {
            value = value[..maxLineChars] + "…";
        }
        return (new JsonLine(indent, key, value, TokenOf(value), trailing), shortened);
    }

    /// <summary>The index of the quote that ends the string starting at 0 (escaped quotes skipped).</summary>
    private static int EndOfString(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }
        return text.Length;
    }

    private static JsonToken TokenOf(string value) => value switch
    {
        ['"', ..] => JsonToken.Text,
        ['{' or '[' or '}' or ']', ..] => JsonToken.Bracket,
        "true" or "false" => JsonToken.Boolean,
        "null" => JsonToken.Null,
        _ => JsonToken.Number,
    };
}
